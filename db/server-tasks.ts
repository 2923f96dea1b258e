import 'server-only'
import { getDb } from './client'
import { queueExpiry, startCacheSync } from './cache/sync'
import { startMailWorker } from './mail-worker'
import { nextEventTransition } from './public/events'
import { pruneOldRows } from './ops/retention'
import { nextScheduled, publishDue } from './store/scheduler'
import { TAGS } from '@/lib/cache-tags'
import { now } from '@/lib/clock'

/*
 * Background work of the server process, on the cache-sync tick: publish scheduled items when
 * their time comes, and move event lists on when an event starts or ends. The next due times are
 * looked up again every few seconds (and whenever the database changes), so the check itself is
 * only a comparison of two numbers. Old counters, sessions and audit noise are pruned at start and
 * every hour (db/ops/retention.ts).
 */

const LOOKUP_EVERY_MS = 5000
const PRUNE_EVERY_MS = 60 * 60 * 1000

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
        if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
          lastPrune = Date.now()
          prune()
        }
        const at = now()
        if (nextDue && nextDue <= at) {
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
