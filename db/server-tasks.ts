import 'server-only'
import { getDb } from './client'
import { queueExpiry, startCacheSync } from './cache-sync'
import { nextEventTransition } from './public-events'
import { nextScheduled, publishDue } from './scheduler'
import { TAGS } from '@/lib/cache-tags'
import { now } from '@/lib/clock'

/*
 * Background work of the server process, on the cache-sync tick: publish scheduled items when
 * their time comes, and move event lists on when an event starts or ends. The next due times are
 * looked up again every few seconds (and whenever the database changes), so the check itself is
 * only a comparison of two numbers.
 */

const LOOKUP_EVERY_MS = 5000

export function startServerTasks(): void {
  let nextDue: Date | null = null
  let nextEventChange: Date | null = null
  let lastLookup = 0
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
