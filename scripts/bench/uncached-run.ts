import fs from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Page } from './datasets'
import { load, request } from './http'
import { log } from './log'
import type { Captured } from './measure'
import { rssKb, RssSampler } from './memory'
import type { BenchOptions } from './options'
import { freePort, nodeScript, startProcess, stopProc, type Proc } from './processes'
import { startClusterServer, startRawServer } from './server'
import { ratio, type Sample } from './stats'
import {
  categorySlugs,
  combineSamples,
  crawlerPaths,
  cycle,
  directoryPageCount,
  directorySearchPath,
  fromManyVisitors,
  fromOneAddress,
  loadRequests,
  okRate,
  siteSearchPath,
  splitSupply,
  uniqueQueries,
  vocabulary,
  type UncachedSample,
} from './uncached'

/*
 * What no cache answers, each figure a ratio measured in the same run: unique directory and
 * site searches and a crawler walking the pagination against raw Node sending a captured
 * answer of the same kind; the cached pages while an editor saves once a second against the same
 * pages without edits; the flood (50 connections of unique searches from one address beside 10
 * connections of cached pages); one process against several.
 */

const rate = (s: { requests: number; seconds: number }) =>
  s.seconds > 0 ? s.requests / s.seconds : 0

export type UncachedRow = {
  key: string
  label: string
  app: UncachedSample
  raw: Sample
  rawBytes: number
  vsRaw: number | null
}

export type UncachedResult = {
  rows: UncachedRow[]
  rssAfterMB: number
  rssPeakMB: number
  edits?: { without: UncachedSample; with: UncachedSample; saves: number; ratio: number | null }
  flood?: { cached: UncachedSample; flood: UncachedSample }
  processes?: {
    workers: number
    one: UncachedSample
    many: UncachedSample
    ratio: number | null
    rssMB: number
  }
}

type Kind = { key: string; label: string; next: () => string; oneAddress?: string }

const visitors = (kind: Kind) =>
  kind.oneAddress ? fromOneAddress(kind.next, kind.oneAddress) : fromManyVisitors(kind.next)

async function capture(base: string, pathname: string): Promise<Captured> {
  const res = await request(base + pathname, {
    headers: { 'x-forwarded-for': '198.18.255.254' },
  })
  return {
    path: '/captured',
    status: res.status,
    contentType: String(res.headers['content-type'] ?? 'text/html'),
    body: res.body,
  }
}

/** Unique searches and pagination against raw Node sending one captured answer of each. */
async function uniqueRows(
  options: BenchOptions,
  base: string,
  kinds: Kind[],
  dir: string,
  stops: Proc[],
): Promise<UncachedRow[]> {
  const rows: UncachedRow[] = []
  for (const kind of kinds) {
    // Warm-up with other words than the measured ones: JIT and the first renders.
    await loadRequests(base, visitors(kind), 1, options.connections)
    const sample = await capture(base, kind.next())
    fs.mkdirSync(path.join(dir, kind.key), { recursive: true })
    const raw = await startRawServer(path.join(dir, kind.key), [sample])
    stops.push(raw.proc)
    const rawUrl = `http://127.0.0.1:${raw.port}/captured`
    await load(rawUrl, 1, options.connections)
    const app = await loadRequests(base, visitors(kind), options.duration * 2, options.connections)
    const rawSample = await load(rawUrl, options.duration, options.connections)
    await stopProc(raw.proc)
    rows.push({
      key: kind.key,
      label: kind.label,
      app,
      raw: rawSample,
      rawBytes: sample.body.length,
      vsRaw: ratio(okRate(app), rate(rawSample)),
    })
    log(
      `  ${kind.label}: ${okRate(app).toFixed(1)} req/s (2xx), p99 ${app.p99} ms, ×raw ${ratio(okRate(app), rate(rawSample))?.toFixed(4)}, ${app.non2xx} non-2xx`,
    )
  }
  return rows
}

/** The cached pages, once without edits and once while an editor saves once a second. */
async function underEdits(
  options: BenchOptions,
  env: NodeJS.ProcessEnv,
  base: string,
  cachedPaths: string[],
) {
  const next = cycle(cachedPaths)
  const seconds = options.duration * 2
  const without = await loadRequests(base, () => ({ path: next() }), seconds, options.connections)
  const [command, args] = nodeScript('scripts/bench/publish-helper.ts')
  const helper = startProcess('editor', command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] })
  let saves = 0
  let ready = false
  helper.child.stdout?.on('data', (chunk) => {
    const text = String(chunk)
    if (text.includes('ready')) ready = true
    saves += (text.match(/committedAt/g) ?? []).length
  })
  // The helper compiles the data layer first; the edits start once it can save.
  for (let waited = 0; !ready && waited < 120_000; waited += 100) {
    if (helper.done) throw new Error('Redaktions-Helfer beendet sich vor dem ersten Speichern')
    await sleep(100)
  }
  const timer = setInterval(
    () => helper.child.stdin?.write(`bench-edit-${Date.now().toString(36)}\n`),
    1000,
  )
  try {
    await sleep(1000)
    const withEdits = await loadRequests(
      base,
      () => ({ path: next() }),
      seconds,
      options.connections,
    )
    return { without, with: withEdits, saves, ratio: ratio(okRate(withEdits), okRate(without)) }
  } finally {
    clearInterval(timer)
    helper.child.stdin?.end()
    await stopProc(helper)
  }
}

/** 50 connections of unique searches from one address while 10 connections read cached pages. */
async function flood(options: BenchOptions, base: string, cachedPaths: string[], kind: Kind) {
  const next = cycle(cachedPaths)
  const seconds = options.duration * 2
  const [floodSample, cached] = await Promise.all([
    loadRequests(base, fromOneAddress(kind.next, '203.0.113.50'), seconds, 50),
    loadRequests(base, () => ({ path: next() }), seconds, 10),
  ])
  return { cached, flood: floodSample }
}

/**
 * `env` is the database's environment (for the editor helper), `serverEnv` the one the portal
 * under test was started with (trusting the bench's X-Forwarded-For), which the processes
 * started here get too.
 */
export async function measureUncached(
  options: BenchOptions,
  env: NodeJS.ProcessEnv,
  serverEnv: NodeJS.ProcessEnv,
  base: string,
  serverPid: number,
  dbFile: string,
  pages: Page[],
  dir: string,
  primary: boolean,
): Promise<UncachedResult> {
  log('  Ungespeicherte Seiten: eindeutige Suchen, Blättern …')
  const words = vocabulary(dbFile)
  const queries = uniqueQueries(words)
  const categories = categorySlugs(dbFile)
  const kinds: Kind[] = [
    {
      key: 'uniqueDirectorySearch',
      label: 'unique directory searches',
      next: directorySearchPath(queries),
    },
    { key: 'uniqueSiteSearch', label: 'unique site searches', next: siteSearchPath(queries) },
    {
      key: 'crawler',
      label: 'crawler pagination',
      next: crawlerPaths(directoryPageCount(dbFile), categories),
      oneAddress: '198.18.200.1',
    },
  ]
  const stops: Proc[] = []
  const sampler = new RssSampler(serverPid)
  sampler.start()
  try {
    const rows = await uniqueRows(options, base, kinds, dir, stops)
    const result: UncachedResult = {
      rows,
      rssAfterMB: rssKb(serverPid) / 1024,
      rssPeakMB: 0,
    }
    result.rssPeakMB = sampler.peakKb / 1024
    if (!primary) return result
    const cachedPaths = pages
      .filter((p) => ['home', 'directory', 'newsList', 'profile', 'prerendered'].includes(p.key))
      .map((p) => p.path)
    log('  Seiten, während eine Redaktion jede Sekunde speichert …')
    result.edits = await underEdits(options, env, base, cachedPaths)
    log('  Flut: 50 Verbindungen eindeutiger Suchen von einer Adresse …')
    result.flood = await flood(options, base, cachedPaths, kinds[0]!)
    log('  Ein Prozess und mehrere …')
    result.processes = await processes(options, serverEnv, base, queries, dir, stops)
    result.rssPeakMB = sampler.peakKb / 1024
    return result
  } finally {
    sampler.stop()
    for (const proc of stops.reverse()) if (!proc.done) await stopProc(proc)
  }
}

/**
 * Unique directory searches on the one-process server and on WORKERS processes, in rounds of
 * alternating order; the two take their words from the same draws (splitSupply), and only
 * successful renders count.
 */
async function processes(
  options: BenchOptions,
  serverEnv: NodeJS.ProcessEnv,
  base: string,
  queries: () => string,
  dir: string,
  stops: Proc[],
) {
  const workers = options.workers
  const port = await freePort()
  const cluster = await startClusterServer(serverEnv, port, workers, path.join(dir, 'cluster.log'))
  stops.push(cluster)
  const many = `http://127.0.0.1:${port}`
  const [oneWords, manyWords] = splitSupply(queries, 2).map(directorySearchPath)
  // Warm-up of every worker (JIT, first renders) with words of its own.
  await loadRequests(many, fromManyVisitors(directorySearchPath(queries)), 2, options.connections)
  const sampler = new RssSampler(cluster.child.pid!)
  const oneRuns: UncachedSample[] = []
  const manyRuns: UncachedSample[] = []
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? ['one', 'many'] : ['many', 'one']
    for (const which of order) {
      if (which === 'one')
        oneRuns.push(
          await loadRequests(
            base,
            fromManyVisitors(oneWords!),
            options.duration,
            options.connections,
          ),
        )
      else {
        sampler.start()
        manyRuns.push(
          await loadRequests(
            many,
            fromManyVisitors(manyWords!),
            options.duration,
            options.connections,
          ),
        )
        sampler.stop()
      }
    }
  }
  await stopProc(cluster)
  const one = combineSamples(oneRuns)
  const several = combineSamples(manyRuns)
  log(
    `  1 Prozess: ${okRate(one).toFixed(1)} req/s (2xx, ${one.non2xx} andere); ${workers} Prozesse: ${okRate(several).toFixed(1)} req/s (2xx, ${several.non2xx} andere)`,
  )
  return {
    workers,
    one,
    many: several,
    ratio: ratio(okRate(several), okRate(one)),
    rssMB: sampler.peakKb / 1024,
  }
}
