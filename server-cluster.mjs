// `npm start`: WORKERS portal processes (default: the cores, at most 4) on one port, with Node's
// cluster module; with WORKERS=1 the portal runs in this process. Each worker is server.mjs with
// its own caches, kept in step through the database (db/cache/sync.ts); exactly one of them runs
// the scheduler at a time (db/store/lease.ts). Why one port and not one port each behind nginx:
// deploy/README.md.
import cluster from 'node:cluster'
import os from 'node:os'

const MAX_WORKERS = 4

function workerCount(value) {
  if (value === undefined || value === '') return Math.min(MAX_WORKERS, os.availableParallelism())
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 64) {
    console.error(`Fehler: WORKERS muss eine ganze Zahl von 1 bis 64 sein, nicht „${value}“.`)
    process.exit(1)
  }
  return parsed
}

const count = workerCount(process.env.WORKERS)

if (count === 1) {
  await import('./server.mjs')
} else {
  cluster.setupPrimary({ exec: new URL('./server.mjs', import.meta.url).pathname })
  let stopping = false
  /** Restarts in the last minute: a worker that dies at once every time is not restarted for ever. */
  let restarts = []
  const fork = () => cluster.fork({ PORTAL_WORKERS: String(count) })
  for (let i = 0; i < count; i++) fork()
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
      return
    }
    console.error(
      `Portal-Prozess ${worker.process.pid} beendet (${signal ?? `Status ${code}`}); starte einen neuen.`,
    )
    const now = Date.now()
    restarts = [...restarts.filter((at) => now - at < 60_000), now]
    if (restarts.length > count * 5) {
      console.error('Fehler: Portal-Prozesse enden immer wieder sofort; gebe auf.')
      process.exit(1)
    }
    setTimeout(fork, restarts.length > count ? 1000 : 0)
  })
  const stop = (signal) => {
    if (stopping) return
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal)
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
    setTimeout(() => process.exit(0), 10_000).unref()
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal))
  console.log(`Clusterportal: ${count} Prozesse auf einem Port.`)
}
