import fs from 'node:fs'
import path from 'node:path'
import { prepareDatabase } from './datasets'
import { fixed, table } from './format'
import { log } from './log'
import { rssOf } from './memory'
import { memoryTrend, type MemorySeries, type MemoryTrend } from './memory-trend'
import type { BenchOptions } from './options'
import { descendants, freePort, stopProc, tmpRootDir, type Proc } from './processes'
import { startClusterServer, startServer } from './server'
import {
  directorySearchPath,
  fromManyVisitors,
  loadRequests,
  okRate,
  siteSearchPath,
  uniqueQueries,
  vocabulary,
  type UncachedSample,
} from './uncached'

/*
 * `npm run bench -- --memory`: unique directory and site searches (every request a word never
 * asked before, so no cache answers it and every cache fills) for --memory-minutes against one
 * process, then against --workers processes; the resident memory (VmRSS) of every server
 * process sampled every 10 s.
 */

const SAMPLE_MS = 10_000

export type MemoryRun = {
  setup: string
  minutes: number
  load: UncachedSample
  processes: MemoryTrend[]
}

/** VmRSS of the process and of each process it started (the cluster's workers), in MB. */
function sampleAll(pid: number, series: Map<number, MemorySeries>, primaryLabel: string) {
  const pids = [pid, ...descendants(pid)]
  for (const target of pids) {
    const kb = rssOf(target)
    if (kb === null) continue
    let entry = series.get(target)
    if (!entry) {
      const label = target === pid ? primaryLabel : `worker ${series.size}`
      entry = { label, pid: target, mb: [] }
      series.set(target, entry)
    }
    entry.mb.push(kb / 1024)
  }
}

async function oneRun(
  options: BenchOptions,
  setup: string,
  start: (port: number) => Promise<Proc>,
  next: () => string,
): Promise<MemoryRun> {
  const port = await freePort()
  const proc = await start(port)
  try {
    const url = `http://127.0.0.1:${port}`
    const series = new Map<number, MemorySeries>()
    const primaryLabel = setup === 'one process' ? 'server' : 'primary'
    sampleAll(proc.child.pid!, series, primaryLabel)
    const timer = setInterval(() => sampleAll(proc.child.pid!, series, primaryLabel), SAMPLE_MS)
    const load = await loadRequests(
      url,
      fromManyVisitors(next),
      options.memoryMinutes * 60,
      options.connections,
    )
    clearInterval(timer)
    sampleAll(proc.child.pid!, series, primaryLabel)
    const processes = [...series.values()].map((s) => memoryTrend(s))
    for (const p of processes)
      log(
        `  ${setup}, ${p.label}: höchstens ${fixed(p.maxMB)} MB, ${p.levelledOff ? 'wächst nicht mehr' : 'wächst noch'}`,
      )
    return { setup, minutes: options.memoryMinutes, load, processes }
  } finally {
    await stopProc(proc)
  }
}

export async function measureMemory(options: BenchOptions): Promise<MemoryRun[]> {
  const dir = path.join(tmpRootDir(), 'memory')
  log(`Speicher: Datenbestand mit ${options.partners} Partnern, ${options.news} Meldungen …`)
  const { dbFile, env } = await prepareDatabase(dir, options.partners, options.news)
  const serverEnv: NodeJS.ProcessEnv = { ...env, TRUST_PROXY: '1' }
  if (options.nodeOptions)
    serverEnv.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${options.nodeOptions}`.trim()
  const queries = uniqueQueries(vocabulary(dbFile))
  const directory = directorySearchPath(queries)
  const site = siteSearchPath(queries)
  let n = 0
  // Directory and site searches in turn: both kinds of page fill the caches.
  const next = () => (n++ % 2 === 0 ? directory() : site())
  const runs: MemoryRun[] = []
  for (const count of options.memoryProcesses) {
    const setup = count === 1 ? 'one process' : `${count} processes`
    log(`Speicher: ${setup}, ${options.memoryMinutes} min eindeutige Suchen …`)
    runs.push(
      await oneRun(
        options,
        setup,
        (port) =>
          count === 1
            ? startServer(serverEnv, port, path.join(dir, 'server.log'))
            : startClusterServer(serverEnv, port, count, path.join(dir, 'cluster.log')),
        next,
      ),
    )
  }
  fs.rmSync(dir, { recursive: true, force: true })
  return runs
}

export function memorySection(runs: MemoryRun[]): string[] {
  const out: string[] = []
  for (const run of runs) {
    const rate = (s: UncachedSample) => (s.seconds > 0 ? s.requests / s.seconds : 0)
    out.push(
      '',
      `Memory, ${run.setup}: ${run.minutes} min of unique directory and site searches, ${fixed(okRate(run.load), 1)} req/s 2xx (${fixed(rate(run.load), 1)} answers/s, 429 ${run.load.status429}, 503 ${run.load.status503}, other non-2xx ${run.load.non2xx - run.load.status429 - run.load.status503}), p99 ${fixed(run.load.p99)} ms`,
      table(
        ['process', 'max MB', 'middle third max', 'last third max', 'stopped growing'],
        run.processes.map((p) => [
          `${p.label} (${p.pid})`,
          fixed(p.maxMB),
          fixed(p.middleMaxMB),
          fixed(p.lastMaxMB),
          p.levelledOff ? 'yes' : 'NO',
        ]),
      ),
      ...run.processes.map(
        (p) => `VmRSS of ${p.label} every 10 s, MB: ${p.mb.map((mb) => fixed(mb)).join(' ')}`,
      ),
    )
  }
  return out
}
