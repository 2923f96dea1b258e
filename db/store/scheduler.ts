import 'server-only'
import { and, eq, lte, min } from 'drizzle-orm'
import type { Db } from '../client'
import { setEventStatus } from './events'
import { setNewsStatus } from './news'
import { recordAudit } from './journal'
import { setPartnerStatus } from './partners'
import { setTranslationStatus } from './translations'
import { events, news, partners, translations } from '../schema'
import { writeTransaction } from '../tx'

/*
 * Scheduled items go public by themselves at their time: the server checks every fraction of a
 * second (db/server-tasks.ts) and publishes what is due, with revision, audit entry and cache
 * tags — no editor has to be online. `at` is injectable so tests can move the clock.
 */

const TABLES = [
  { type: 'news', table: news },
  { type: 'event', table: events },
  { type: 'partner', table: partners },
  // English versions keep their own time, independent of the German item's.
  { type: 'translation', table: translations },
] as const

/** The earliest publication time of anything scheduled, or null. */
export function nextScheduled(db: Db): Date | null {
  let earliest: Date | null = null
  for (const { table } of TABLES) {
    const value = db
      .select({ at: min(table.publishAt) })
      .from(table)
      .where(eq(table.status, 'scheduled'))
      .get()?.at
    if (value && (!earliest || value < earliest)) earliest = value
  }
  return earliest
}

/** Publishes everything whose time has come; returns how many items went public. */
export function publishDue(db: Db, at: Date): number {
  let count = 0
  for (const { type, table } of TABLES) {
    const due = db
      .select({ id: table.id, publishAt: table.publishAt })
      .from(table)
      .where(and(eq(table.status, 'scheduled'), lte(table.publishAt, at)))
      .all()
    for (const item of due) {
      writeTransaction(db, (tx) => {
        // Re-checked inside the transaction: an editor may have changed it a moment ago.
        const still = tx
          .select({ status: table.status })
          .from(table)
          .where(eq(table.id, item.id))
          .get()
        if (still?.status !== 'scheduled') return
        const publication = { status: 'published' as const, publishAt: null }
        const meta = { authorId: null, source: 'workflow' as const }
        if (type === 'news') setNewsStatus(tx, item.id, publication, meta)
        else if (type === 'event') setEventStatus(tx, item.id, publication, meta)
        else if (type === 'partner') setPartnerStatus(tx, item.id, publication, meta)
        else setTranslationStatus(tx, item.id, publication, meta)
        const translated =
          type === 'translation'
            ? tx
                .select({ type: translations.entityType, id: translations.entityId })
                .from(translations)
                .where(eq(translations.id, item.id))
                .get()
            : undefined
        recordAudit(tx, {
          action: `${type}.publish_scheduled`,
          actorEmail: 'Zeitplan',
          entityType: translated?.type ?? type,
          entityId: translated?.id ?? item.id,
          details: {
            publishAt: item.publishAt?.toISOString(),
            ...(translated ? { locale: 'en' } : {}),
          },
        })
        count++
      })
    }
  }
  return count
}
