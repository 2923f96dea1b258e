import 'server-only'
import { and, count, desc, eq, like, max, ne, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client'
import { getDb } from '../client'
import { invalidate } from '../cache/invalidate'
import {
  eventCacheTags,
  eventSnapshot,
  newsCacheTags,
  newsSnapshot,
  setEventStatus,
  setNewsStatus,
} from '../store/content'
import { FieldError, Forbidden, requireRole, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import {
  events,
  news,
  partners,
  revisions,
  slugRedirects,
  users,
  type ContentStatus,
} from '../schema'
import { removeFromSearch } from '../store/search-index'
import type { CurrentUser } from '../auth/session'
import { writeTransaction, type Tx } from '../tx'
import { now } from '@/lib/clock'
import { berlinLocalToInstant } from '@/lib/dates'
import {
  isEditorial,
  statusAfterSave,
  statusAfterTransition,
  type Intent,
  type Transition,
} from '@/lib/workflow'

/*
 * What news and events share in the backend: who may see and change an item, how its status
 * moves, slugs that must stay unique, review of partners' proposals, deletion. Each operation
 * checks the caller itself.
 */

type Publication = { status: ContentStatus; publishAt: Date | null }
type Meta = { authorId: number | null; source: 'edit' | 'workflow' | 'review' | 'restore' }

type Kind = {
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
  cacheTags: (tx, id) => newsCacheTags(id, newsSnapshot(tx, id)?.partnerIds ?? []),
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
    return row ? eventCacheTags(id, row) : []
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

export async function transitionItem(
  kind: Kind,
  id: number,
  transition: Transition,
): Promise<void> {
  const user = await requireRole('editor', 'admin')
  const item = loadEditable(kind, user, id)
  const change = statusAfterTransition(user.role, item.status, transition)
  if ('error' in change) throw new UserError(change.error)
  writeTransaction(getDb(), (tx) => {
    kind.setStatus(tx, id, change, { authorId: user.id, source: 'workflow' })
    recordAudit(tx, {
      action: `${kind.type}.${transition}`,
      actorId: user.id,
      actorEmail: user.email,
      entityType: kind.type,
      entityId: id,
      details: { title: item.title, from: item.status },
    })
  })
}

/** The newest revision of an item: what an editor sees when deciding on it. */
export function latestRevisionId(tx: Tx | Db, type: Kind['type'], id: number): number | null {
  return (
    tx
      .select({ id: max(revisions.id) })
      .from(revisions)
      .where(and(eq(revisions.entityType, type), eq(revisions.entityId, id)))
      .get()?.id ?? null
  )
}

export const CHANGED_SINCE_REVIEW =
  'Der Eintrag wurde seit Ihrer Prüfung geändert. Bitte sehen Sie sich die neue Fassung an und entscheiden Sie erneut.'

/**
 * Editors decide on a partner's proposal: publish it, or send it back with a note the partner
 * sees. The decision holds only for the version it was made on (`revisionId`): a partner may keep
 * saving while the item waits, and what goes public must be what the editor saw. Status and
 * version are checked inside the write transaction, so of two decisions at once only one counts.
 */
export async function reviewItem(
  kind: Kind,
  id: number,
  revisionId: number,
  decision: 'approve' | 'reject',
  note: string | null,
): Promise<void> {
  const user = await requireRole('editor', 'admin')
  loadEditable(kind, user, id)
  if (decision === 'reject' && !note)
    throw new FieldError('note', 'Bitte begründen Sie die Ablehnung für den Partner.')
  writeTransaction(getDb(), (tx) => {
    const item = kind.snapshot(tx, id)
    if (!item) throw new UserError(`Diese ${kind.noun} gibt es nicht (mehr).`)
    if (item.status !== 'in_review')
      throw new UserError(`Diese ${kind.noun} wartet nicht (mehr) auf Prüfung.`)
    if ((latestRevisionId(tx, kind.type, id) ?? 0) !== revisionId)
      throw new UserError(CHANGED_SINCE_REVIEW)
    tx.update(kind.table)
      .set({ reviewNote: decision === 'reject' ? note : null })
      .where(eq(kind.table.id, id))
      .run()
    kind.setStatus(
      tx,
      id,
      { status: decision === 'approve' ? 'published' : 'draft', publishAt: null },
      { authorId: user.id, source: 'review' },
    )
    recordAudit(tx, {
      action: `${kind.type}.review_${decision}`,
      actorId: user.id,
      actorEmail: user.email,
      entityType: kind.type,
      entityId: id,
      details: { title: item.title, revisionId, ...(note ? { note } : {}) },
    })
  })
}

export async function deleteItem(kind: Kind, id: number): Promise<void> {
  const user = await requireRole('admin')
  const item = loadEditable(kind, user, id)
  writeTransaction(getDb(), (tx) => {
    invalidate(tx, kind.cacheTags(tx, id))
    removeFromSearch(tx, kind.type, id)
    kind.beforeDelete(tx, id)
    tx.delete(kind.table).where(eq(kind.table.id, id)).run()
    recordAudit(tx, {
      action: `${kind.type}.delete`,
      actorId: user.id,
      actorEmail: user.email,
      entityType: kind.type,
      entityId: id,
      details: { title: item.title, slug: item.slug },
    })
  })
}
