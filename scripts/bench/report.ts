import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { costGrowth } from './baselines'
import type { ImportResult } from './datasets'
import { fixed, KIB, table } from './format'
import { log } from './log'
import type { BenchOptions } from './options'
import { root } from './processes'
import type { LighthouseScore } from './lighthouse'
import type { ClientJs, DatasetResult, Publish } from './run-dataset'
import type { Target } from './targets'
import { uncachedSection } from './uncached-report'

/*
 * The report: the printed tables (the block bench/README.md quotes) and the machine-readable
 * results file (bench/results.json unless --out says otherwise).
 */

type Results = {
  machine: Record<string, unknown>
  options: BenchOptions
  command: string
  datasets: DatasetResult[]
  import?: ImportResult
  targets: Target[]
}

/** A blank line, a title and a table. */
function section(title: string, head: string[], rows: (string | number)[][], alignLeft = 1) {
  return ['', title, table(head, rows, alignLeft)]
}

function datasetSection(dataset: DatasetResult): string[] {
  const withNginx = dataset.pages.some((p) => p.nginx)
  const head = [
    'page',
    'path',
    'KiB',
    'req/s',
    'p50 ms',
    'p99 ms',
    'err+non2xx',
    'raw req/s',
    '×raw',
    '×prerendered',
    'same size',
  ]
  if (withNginx) head.push('nginx req/s', 'nginx ×raw')
  const rows = dataset.pages.map((p) => {
    const row: (string | number)[] = [
      p.label,
      p.path.length > 48 ? `${p.path.slice(0, 45)}...` : p.path,
      fixed(p.bytes / KIB, 1),
      fixed(p.app.rps),
      fixed(p.app.p50),
      fixed(p.app.p99),
      p.app.errors + p.app.non2xx,
      fixed(p.raw.rps),
      fixed(p.vsRaw, 3),
      fixed(p.vsPrerendered, 2),
      fixed(p.vsPrerenderedSameSize, 2),
    ]
    if (withNginx) row.push(p.nginx ? fixed(p.nginx.rps) : '–', fixed(p.nginxVsRaw, 2))
    return row
  })
  return [
    ...section(
      `Data set "${dataset.name}": ${dataset.partners} generated partners + demo, ${dataset.news} generated news + demo; search term "${dataset.searchTerm}" (${dataset.searchHits} partners)`,
      head,
      rows,
      2,
    ),
    '×raw: req/s ÷ the raw Node server sending the same bytes; ×prerendered: req/s ÷ /impressum of the same build. Both measured right after the page in each round; median of the rounds. same size: ×raw ÷ ×raw of /impressum, the page against a prerendered page of its size. p50/p99: median of the rounds.',
    `Server RSS: ${fixed(dataset.rss.idleMB)} MB after start, peak ${fixed(dataset.rss.peakUnderLoadMB)} MB under load (VmHWM ${fixed(dataset.rss.highWaterMarkMB)} MB)`,
  ]
}

function scalingSection(small: DatasetResult, large: DatasetResult): string[] {
  return [
    ...section(
      `Scaling ${small.partners}/${small.news} → ${large.partners}/${large.news} (partners/news)`,
      [
        'page',
        `req/s ${small.partners}`,
        `req/s ${large.partners}`,
        `p50 ${small.partners}`,
        `p50 ${large.partners}`,
        'cost growth',
      ],
      small.pages.map((page) => {
        const other = large.pages.find((p) => p.key === page.key)
        return [
          page.label,
          fixed(page.app.rps),
          fixed(other?.app.rps),
          fixed(page.app.p50),
          fixed(other?.app.p50),
          `${fixed(costGrowth(page, other), 2)}×`,
        ]
      }),
    ),
    'cost growth = (req/s ÷ prerendered req/s, small) ÷ (the same, large): 1.0 means no slower.',
  ]
}

function clientJsSection(small: DatasetResult, js: ClientJs): string[] {
  return section(
    'Client JavaScript per page (script src under /_next/static, gzip level 6)',
    [
      'page',
      'scripts',
      'KiB gzip',
      'KiB raw',
      'beyond /impressum',
      'beyond 404',
      'inline KiB gzip',
    ],
    Object.entries(js).map(([key, value]) => [
      small.pages.find((p) => p.key === key)?.label ?? (key === 'notFound' ? '404 page' : key),
      value.scripts.length,
      fixed(value.gzip / KIB, 1),
      fixed(value.raw / KIB, 1),
      fixed(value.extraVsPrerendered / KIB, 1),
      fixed(value.extraVsNotFound / KIB, 1),
      fixed(value.inlineGzip / KIB, 1),
    ]),
  )
}

function lighthouseSection(lh: LighthouseScore[]): string[] {
  return section(
    'Lighthouse 12 (mobile, simulated throttling)',
    ['page', 'perf', 'a11y', 'best', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'below 0.9'],
    lh.map((entry) => [
      entry.label,
      fixed(entry.scores.performance),
      fixed(entry.scores.accessibility),
      fixed(entry.scores['best-practices']),
      fixed(entry.scores.seo),
      fixed(entry.metrics.fcpMs),
      fixed(entry.metrics.lcpMs),
      fixed(entry.metrics.tbtMs),
      fixed(entry.metrics.cls, 3),
      entry.error ?? Object.values(entry.failing).flat().join(', '),
    ]),
  )
}

function publishLine(publish: Publish, where: string): string {
  const worst = Number.isFinite(publish.worstMs)
    ? `${fixed(publish.worstMs)} ms`
    : 'not visible within 15 s'
  return `Publish → visible${where} (median of ${publish.repetitions.length}): article ${fixed(publish.medianMs.article)} ms, news list ${fixed(publish.medianMs.list)} ms, home ${fixed(publish.medianMs.home)} ms; worst ${worst}`
}

export function report(results: Results): string {
  const out: string[] = []
  const m = results.machine
  out.push(`Clusterportal bench, ${String(m.timestamp)}`)
  out.push(
    `Machine: ${String(m.cpuModel)}, ${String(m.cores)} cores, ${String(m.memoryGB)} GB RAM, ${String(m.os)}; Node ${String(m.node)}`,
  )
  out.push(`Command: ${results.command}`)
  if (results.options.nodeOptions) out.push(`Server NODE_OPTIONS: ${results.options.nodeOptions}`)
  out.push(
    `Load: autocannon, ${results.options.connections} connections, ${results.options.rounds} interleaved rounds × ${results.options.duration} s per target, 127.0.0.1`,
  )
  for (const dataset of results.datasets)
    out.push(...datasetSection(dataset), ...uncachedSection(dataset))
  const [small, large] = results.datasets
  if (small && large) out.push(...scalingSection(small, large))
  const js = small?.extra?.clientJs
  if (small && js) out.push(...clientJsSection(small, js))
  const lh = small?.extra?.lighthouse
  if (lh) out.push(...lighthouseSection(lh))
  for (const [publish, where] of [
    [small?.extra?.publish, ''],
    [small?.extra?.publishNginx, ' behind nginx'],
  ] as const)
    if (publish) out.push('', publishLine(publish, where))
  if (results.import)
    out.push(
      `Import: ${results.import.command} into a fresh database: ${fixed(results.import.seconds, 2)} s (${results.import.summary})`,
    )
  out.push(
    ...section(
      'Targets (reported, not enforced)',
      ['', 'target', 'value', 'result'],
      results.targets.map((t) => [
        t.name,
        t.target,
        t.value,
        t.pass === null ? 'n/a' : t.pass ? 'pass' : 'MISS',
      ]),
    ),
  )
  return out.join('\n')
}

export function machineInfo() {
  const cpus = os.cpus()
  return {
    timestamp: new Date().toISOString(),
    node: process.version,
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  }
}

/** The command as a reader of the report would type it again. */
export function commandLine(argv: string[]): string {
  return `npm run bench${
    argv.length
      ? ` -- ${argv
          .filter((a) => a !== '--')
          .map((a) => (/[\s"]/.test(a) ? JSON.stringify(a) : a))
          .join(' ')}`
      : ''
  }`
}

export function writeResults(out: string, results: { durationSeconds: number }): void {
  const outFile = path.resolve(root, out)
  fs.mkdirSync(path.dirname(outFile), { recursive: true })
  fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`)
  log(`Ergebnisse: ${path.relative(root, outFile)} (${results.durationSeconds} s)`)
}
