import { fixed, KIB, table } from './format'
import type { DatasetResult } from './run-dataset'
import type { Target } from './targets'
import { okRate } from './uncached'

/* The report's part about renders no cache answers, and its targets (uncached-run.ts). */

/** Successful answers per second: a refusal is not a render. */
const rate = okRate
const answerRate = (s: { requests: number; seconds: number }) =>
  s.seconds > 0 ? s.requests / s.seconds : 0

export function uncachedSection(dataset: DatasetResult): string[] {
  const u = dataset.uncached
  if (!u) return []
  const out = [
    '',
    `Uncached renders, data set "${dataset.name}" (every request a new address; answers counted by status)`,
    table(
      [
        'what',
        'KiB',
        'req/s',
        'p50 ms',
        'p99 ms',
        '429',
        '503',
        'other non2xx',
        'raw req/s',
        '×raw',
      ],
      u.rows.map((row) => [
        row.label,
        fixed(row.app.bytes / KIB, 1),
        fixed(rate(row.app), 1),
        fixed(row.app.p50),
        fixed(row.app.p99),
        row.app.status429,
        row.app.status503,
        row.app.non2xx - row.app.status429 - row.app.status503 + row.app.errors,
        fixed(answerRate(row.raw)),
        fixed(row.vsRaw, 4),
      ]),
      1,
    ),
    'req/s, p50, p99: successful (2xx) answers only; ×raw: that ÷ raw Node sending one captured answer of the same kind, measured right after.',
    `Server RSS after these: ${fixed(u.rssAfterMB)} MB, peak ${fixed(u.rssPeakMB)} MB`,
  ]
  if (u.edits)
    out.push(
      `Cached pages while an editor saves once a second: ${fixed(rate(u.edits.with))} req/s (p99 ${fixed(u.edits.with.p99)} ms) against ${fixed(rate(u.edits.without))} req/s (p99 ${fixed(u.edits.without.p99)} ms) without edits: ${fixed(u.edits.ratio, 2)}× (${u.edits.saves} saves)`,
    )
  if (u.flood)
    out.push(
      `Flood (50 connections of unique searches from one address + 10 connections of cached pages): cached pages ${fixed(rate(u.flood.cached))} req/s, p99 ${fixed(u.flood.cached.p99)} ms, 5xx ${u.flood.cached.status5xx}; flood ${fixed(answerRate(u.flood.flood))} answers/s (2xx ${u.flood.flood.ok}), 429 ${u.flood.flood.status429}, 503 ${u.flood.flood.status503}, 5xx ${u.flood.flood.status5xx}`,
    )
  if (u.processes)
    out.push(
      `Unique directory searches (2xx only), 1 process: ${fixed(rate(u.processes.one), 1)} req/s (p99 ${fixed(u.processes.one.p99)} ms, non-2xx ${u.processes.one.non2xx}: 429 ${u.processes.one.status429}, 503 ${u.processes.one.status503}); ${u.processes.workers} processes: ${fixed(rate(u.processes.many), 1)} req/s (p99 ${fixed(u.processes.many.p99)} ms, non-2xx ${u.processes.many.non2xx}: 429 ${u.processes.many.status429}, 503 ${u.processes.many.status503}): ${fixed(u.processes.ratio, 2)}×, RSS of all ${fixed(u.processes.rssMB)} MB`,
    )
  return out
}

export function uncachedTargets(datasets: DatasetResult[]): Target[] {
  const targets: Target[] = []
  for (const dataset of datasets) {
    const u = dataset.uncached
    if (!u) continue
    for (const row of u.rows) {
      if (row.key !== 'crawler')
        targets.push({
          name: `${dataset.name}: ${row.label} ≥ 0.015× raw Node`,
          target: '≥ 0.015',
          value: `${fixed(row.vsRaw, 4)}×`,
          pass: row.vsRaw === null ? null : row.vsRaw >= 0.015,
        })
      targets.push({
        name: `${dataset.name}: ${row.label} p99 ≤ 100 ms`,
        target: '≤ 100 ms',
        value: `${fixed(row.app.p99)} ms`,
        pass: row.app.p99 <= 100,
      })
    }
    targets.push({
      name: `${dataset.name}: RSS under uncached renders ≤ 300 MB`,
      target: '≤ 300 MB',
      value: `${fixed(u.rssPeakMB)} MB`,
      pass: u.rssPeakMB <= 300,
    })
    if (u.edits)
      targets.push({
        name: `${dataset.name}: cached pages while an editor saves ≥ 0.5× without`,
        target: '≥ 0.50',
        value: `${fixed(u.edits.ratio, 2)}×`,
        pass: u.edits.ratio === null ? null : u.edits.ratio >= 0.5,
      })
    if (u.flood) {
      targets.push({
        name: `${dataset.name}: cached pages' p99 during the flood ≤ 100 ms`,
        target: '≤ 100 ms',
        value: `${fixed(u.flood.cached.p99)} ms`,
        pass: u.flood.cached.p99 <= 100,
      })
      const fives = u.flood.cached.status5xx + u.flood.flood.status5xx
      targets.push({
        name: `${dataset.name}: no 5xx during the flood`,
        target: '0',
        value: String(fives),
        pass: fives === 0,
      })
    }
  }
  return targets
}
