import 'server-only'
import { and, count, desc, eq, like, ne, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client'
import { getDb } from '../client'
import * as cacheTags from '../cache/tags'
import { eventSnapshot, setEventStatus } from '../store/events'
import { newsSnapshot, setNewsStatus } from '../store/news'
import { FieldError, Forbidden, UserError } from '../auth/guard'
import { events, news, partners, slugRedirects, users, type ContentStatus } from '../schema'
import type { CurrentUser } from '../auth/session'
import type { Tx } from '../tx'
import { now } from '@/lib/clock'
import { berlinLocalToInstant } from '@/lib/dates'
import { isReservedSlug, RESERVED_SLUG_MESSAGE } from '@/lib/reserved-slugs'
import { isEditorial, statusAfterSave, type Intent } from '@/lib/workflow'

/*
 * What news and events share in the backend: who may see and change an item, the status a save
 * reaches, slugs that must stay unique. Status steps, review and deletion are in
 * db/admin/workflow.ts. The callers here have checked the session already.
 */

export type Publication = { status: ContentStatus; publishAt: Date | null }
type Meta = { authorId: number | null; source: 'edit' | 'workflow' | 'review' | 'restore' }

export type Kind = {
  type: 'news' | 'event'
  table: typeof news | typeof events
  noun: string
  snapshot: (
    tx: Tx | Db,
    id: number,
  ) =>
    | (Record<string, unknown> & {
        id: number
        title: string
        slug: string
        status: ContentStatus
        partnerId: number | null
        publishAt: Date | null
      })
    | null
  setStatus: (tx: Tx | Db, id: number, publication: Publication, meta: Meta) => void
  cacheTags: (tx: Tx | Db, id: number) => string[]
  beforeDelete: (tx: Tx | Db, id: number) => void
}

export const NEWS_KIND: Kind = {
  type: 'news',
  table: news,
  noun: 'Meldung',
  snapshot: (tx, id) => newsSnapshot(tx, id),
  setStatus: setNewsStatus,
  cacheTags: (tx, id) => cacheTags.news(tx, id),
  beforeDelete: (tx, id) => {
    tx.run(sql`UPDATE events SET report_news_id = NULL WHERE report_news_id = ${id}`)
  },
}

export const EVENT_KIND: Kind = {
  type: 'event',
  table: events,
  noun: 'Veranstaltung',
  snapshot: (tx, id) => eventSnapshot(tx, id),
  setStatus: setEventStatus,
  cacheTags: (tx, id) => {
    const row = eventSnapshot(tx, id)
    return row ? cacheTags.event(id, row) : []
  },
  beforeDelete: () => undefined,
}

/** Editors see everything; a partner only what concerns its own organisation. */
export function visibleTo(kind: Kind, user: CurrentUser): SQL | undefined {
  if (isEditorial(user.role)) return undefined
  if (!user.partnerId) return sql`0`
  return eq(kind.table.partnerId, user.partnerId)
}

export function loadEditable(kind: Kind, user: CurrentUser, id: number) {
  const item = kind.snapshot(getDb(), id)
  if (!item) throw new UserError(`Diese ${kind.noun} gibt es nicht (mehr).`)
  if (!isEditorial(user.role) && (!user.partnerId || item.partnerId !== user.partnerId))
    throw new Forbidden()
  return item
}

export const ADMIN_PAGE_SIZE = 25

/** One page of a backend list, filtered by status and title/slug text. */
export function listPage(
  kind: Kind,
  user: CurrentUser,
  query: { status: ContentStatus | null; q: string; page: number },
) {
  const db = getDb()
  const text = query.q.trim().slice(0, 100)
  const where = and(
    visibleTo(kind, user),
    query.status ? eq(kind.table.status, query.status) : undefined,
    text ? or(like(kind.table.title, `%${text}%`), like(kind.table.slug, `%${text}%`)) : undefined,
  )
  const total = db.select({ n: count() }).from(kind.table).where(where).get()?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE))
  const page = Math.min(Math.max(1, query.page), pageCount)
  const rows = db
    .select({
      id: kind.table.id,
      title: kind.table.title,
      status: kind.table.status,
      publishAt: kind.table.publishAt,
      updatedAt: kind.table.updatedAt,
      authorName: users.name,
      partnerName: partners.name,
    })
    .from(kind.table)
    .leftJoin(users, eq(users.id, kind.table.authorId))
    .leftJoin(partners, eq(partners.id, kind.table.partnerId))
    .where(where)
    .orderBy(desc(kind.table.updatedAt), desc(kind.table.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE)
    .all()
  return { rows, total, page, pageCount }
}

/** The status after pressing a save button, or a German error. */
export function statusForSave(
  user: CurrentUser,
  current: { status: ContentStatus; publishAt: Date | null } | null,
  intent: Intent,
  publishAtLocal: string | undefined,
): Publication {
  let publishAt: Date | null = null
  if (intent === 'schedule') {
    if (!publishAtLocal)
      throw new FieldError('publishAt', 'Bitte Datum und Uhrzeit für die Veröffentlichung angeben.')
    publishAt = berlinLocalToInstant(publishAtLocal)
  }
  const change = statusAfterSave(
    user.role,
    current?.status ?? null,
    intent,
    publishAt ?? current?.publishAt ?? null,
    now(),
  )
  if ('error' in change) throw new UserError(change.error)
  return change
}

/**
 * A slug must be unused, and a partner may not pick an old address that still leads to another
 * item: taking it would end that redirect once published. Editors may take an address over.
 */
export function assertSlugFree(
  kind: Kind,
  slug: string,
  exceptId: number | null,
  user: CurrentUser,
): void {
  if (isReservedSlug(kind.type, 'de', slug)) throw new FieldError('slug', RESERVED_SLUG_MESSAGE)
  const db = getDb()
  const taken = db
    .select({ id: kind.table.id })
    .from(kind.table)
    .where(and(eq(kind.table.slug, slug), exceptId ? ne(kind.table.id, exceptId) : undefined))
    .get()
  if (taken)
    throw new FieldError('slug', 'Dieser Slug ist schon vergeben. Bitte einen anderen wählen.')
  if (isEditorial(user.role)) return
  const redirect = db
    .select({ entityId: slugRedirects.entityId })
    .from(slugRedirects)
    .where(and(eq(slugRedirects.entityType, kind.type), eq(slugRedirects.oldSlug, slug)))
    .get()
  if (redirect && redirect.entityId !== exceptId)
    throw new FieldError(
      'slug',
      'Unter diesem Slug war früher ein anderer Eintrag erreichbar. Bitte einen anderen wählen.',
    )
}

const STATUS_ACTIONS: Partial<Record<ContentStatus, 'publish' | 'schedule' | 'submit'>> = {
  published: 'publish',
  scheduled: 'schedule',
  in_review: 'submit',
}

/** The audit action for a save: the status it reached when that changed, otherwise create/update. */
export function saveAuditAction(
  kind: Kind,
  before: ContentStatus | null,
  after: ContentStatus,
): string {
  const step = after !== before ? STATUS_ACTIONS[after] : undefined
  return `${kind.type}.${step ?? (before ? 'update' : 'create')}`
}
