import 'server-only'
import { getDb } from './client'
import { queueExpiry, startCacheSync } from './cache/sync'
import { startMailWorker } from './mail-worker'
import { nextEventTransition } from './public/events'
import { pruneOldRows } from './ops/retention'
import { acquireLease, leaseHolder, processIdentity } from './store/lease'
import { nextScheduled, publishDue } from './store/scheduler'
import { TAGS } from '@/lib/cache-tags'
import { now } from '@/lib/clock'

/*
 * Background work of the server process, on the cache-sync tick: publish scheduled items when
 * their time comes, and move event lists on when an event starts or ends. The next due times are
 * looked up again every few seconds (and whenever the database changes), so the check itself is
 * only a comparison of two numbers. Old counters, sessions and audit noise are pruned at start and
 * every hour (db/ops/retention.ts).
 *
 * With several portal processes on one database, every process keeps its own caches in step and
 * moves its own event lists on, but only the holder of the scheduler lease publishes and prunes:
 * it renews the lease every two seconds, and when it dies another process takes over once the
 * lease has run out, within a few seconds.
 */

const LOOKUP_EVERY_MS = 5000
const PRUNE_EVERY_MS = 60 * 60 * 1000
const SCHEDULER_LEASE = 'scheduler'
// Every renewal is a commit, and a commit waits for the disk (synchronous=FULL) while the event
// loop stands still: renewed every two seconds, held for six, taken over within six to eight.
const LEASE_RENEW_MS = 2000
const LEASE_TTL_MS = 6000

/** Whether this process holds the scheduler lease; looked at again every two seconds. */
function schedulerLease(): () => boolean {
  const holder = processIdentity()
  let holding = false
  let lastTry = 0
  return () => {
    if (Date.now() - lastTry < LEASE_RENEW_MS) return holding
    lastTry = Date.now()
    try {
      const db = getDb()
      const at = new Date()
      // Others only read while the lease is held: no write, no wait for the disk.
      holding =
        (holding || leaseHolder(db, SCHEDULER_LEASE, at) === null) &&
        acquireLease(db, SCHEDULER_LEASE, holder, LEASE_TTL_MS, at)
    } catch {
      // The database was busy: keep the last answer, a held lease outlives one failed renewal.
    }
    return holding
  }
}

function prune(): void {
  try {
    pruneOldRows(getDb())
  } catch (error) {
    // Pruning can wait for the next hour; the server's real work must not stop for it.
    console.error(
      JSON.stringify({
        level: 'error',
        event: 'prune_failed',
        message: error instanceof Error ? error.message : String(error),
      }),
    )
  }
}

export function startServerTasks(): void {
  // The newsletter outbox: planned issues and every waiting message (db/mail-worker.ts).
  startMailWorker()
  let nextDue: Date | null = null
  let nextEventChange: Date | null = null
  let lastLookup = 0
  let lastPrune = 0
  const isScheduler = schedulerLease()
  const lookup = () => {
    const db = getDb()
    nextDue = nextScheduled(db)
    nextEventChange = nextEventTransition(now())
    lastLookup = Date.now()
  }
  startCacheSync(
    {
      onTick: ({ databaseChanged }) => {
        if (databaseChanged || Date.now() - lastLookup > LOOKUP_EVERY_MS) lookup()
        const scheduler = isScheduler()
        if (scheduler && Date.now() - lastPrune > PRUNE_EVERY_MS) {
          lastPrune = Date.now()
          prune()
        }
        const at = now()
        if (scheduler && nextDue && nextDue <= at) {
          publishDue(getDb(), at)
          lookup()
        }
        if (nextEventChange && nextEventChange <= at) {
          queueExpiry([TAGS.events])
          lookup()
        }
      },
    },
    [TAGS.content],
  )
}
