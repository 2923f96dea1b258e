import 'server-only'
import { and, desc, eq, gt, max, ne, notInArray } from 'drizzle-orm'
import { getDb } from '../client'
import { Forbidden, requireUser, UserError } from '../auth/guard'
import type { CurrentUser } from '../auth/session'
import { events, news, pages, partners, revisions, submissions } from '../schema'
import { withoutPageRefresh } from '../cache/sync'
import { writeTransaction } from '../tx'
import { EVENT_KIND, loadEditable, NEWS_KIND } from './editorial'
import { saveEvent } from './events'
import { saveNews } from './news'
import { now } from '@/lib/clock'
import { instantToBerlinLocal } from '@/lib/dates'
import { formDataToObject } from '@/lib/form-data'
import { slugify } from '@/lib/slug'
import { AUTOSAVE_SOURCE, type AutosaveKind } from '@/lib/validation/autosave'
import { eventActionSchema } from '@/lib/validation/event'
import { newsActionSchema } from '@/lib/validation/news'
import { isEditorial } from '@/lib/workflow'

/*
 * Autosaves: what a form holds while someone types, kept as a revision with the source
 * "autosave" (shown as "automatisch gespeichert"). An autosave stores the form's fields as they
 * are, valid or not, and never touches the item itself, its status or what is public. Only a
 * new news item or event is created, once, as a draft, so the text has an item to belong to.
 * New partners and pages (which would be public at once) keep their autosave under id 0.
 */

/** Autosaves kept per item and person; older ones are dropped as new ones arrive. */
export const AUTOSAVES_PER_AUTHOR = 3
/** Autosaves kept per item in all. */
export const AUTOSAVES_PER_ITEM = 10

export type FormPairs = [string, string][]

type Target = { entityType: 'news' | 'event' | 'partner' | 'page'; entityId: number }

/** Who may autosave which form: the same people who may save it. */
function target(user: CurrentUser, kind: AutosaveKind, id: number | null): Target {
  switch (kind) {
    case 'news':
    case 'event': {
      if (!isEditorial(user.role) && !user.partnerId) throw new Forbidden()
      if (id) loadEditable(kind === 'news' ? NEWS_KIND : EVENT_KIND, user, id)
      return { entityType: kind, entityId: id ?? 0 }
    }
    case 'partner': {
      if (!isEditorial(user.role)) throw new Forbidden()
      if (
        id &&
        !getDb().select({ id: partners.id }).from(partners).where(eq(partners.id, id)).get()
      )
        throw new UserError('Diesen Partner gibt es nicht (mehr).')
      return { entityType: 'partner', entityId: id ?? 0 }
    }
    case 'page': {
      if (user.role !== 'admin') throw new Forbidden()
      if (id && !getDb().select({ id: pages.id }).from(pages).where(eq(pages.id, id)).get())
        throw new UserError('Diese Seite gibt es nicht (mehr).')
      return { entityType: 'page', entityId: id ?? 0 }
    }
    case 'profile': {
      // A partner's own profile: the organisation comes from the session, never from the form.
      if (user.role !== 'partner' || !user.partnerId) throw new Forbidden()
      return { entityType: 'partner', entityId: user.partnerId }
    }
  }
}

/** The form's fields as sent: a list of name/value pairs, nothing else. */
export function parsePairs(json: string): FormPairs {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    throw new UserError('Die automatische Sicherung war unlesbar.')
  }
  if (
    !Array.isArray(value) ||
    value.length > 600 ||
    !value.every(
      (pair) =>
        Array.isArray(pair) &&
        pair.length === 2 &&
        typeof pair[0] === 'string' &&
        typeof pair[1] === 'string' &&
        pair[0].length <= 200,
    )
  )
    throw new UserError('Die automatische Sicherung war unlesbar.')
  return (value as FormPairs).filter(([name]) => name !== 'id' && !name.startsWith('$ACTION'))
}

/** What the form's "saved version" was, so a local copy made on an older one is not offered. */
function versionOf(kind: AutosaveKind, entityId: number): string {
  const db = getDb()
  if (entityId === 0) return 'neu'
  const table =
    kind === 'news' ? news : kind === 'event' ? events : kind === 'page' ? pages : partners
  const row = db.select({ at: table.updatedAt }).from(table).where(eq(table.id, entityId)).get()
  let at = row?.at.getTime() ?? 0
  if (kind === 'profile') {
    const pending = db
      .select({ at: max(submissions.updatedAt) })
      .from(submissions)
      .where(eq(submissions.partnerId, entityId))
      .get()
    at = Math.max(at, pending?.at?.getTime() ?? 0)
  }
  return String(at)
}

/** A free slug for a draft made from an autosave: the typed one, or one from the title. */
function draftSlug(table: typeof news | typeof events, wanted: string, title: string): string {
  const base =
    (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(wanted) ? wanted : slugify(title, 80)) || 'entwurf'
  const db = getDb()
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    if (!db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get()) return slug
  }
  return `${base}-${Date.now()}`
}

/** The first autosave of a new news item or event makes it a draft, with what can be kept. */
async function createDraft(kind: 'news' | 'event', pairs: FormPairs): Promise<number> {
  const fd = new FormData()
  for (const [name, value] of pairs) fd.append(name, value)
  const raw = formDataToObject(fd, kind === 'news' ? ['partnerIds', 'links'] : [])
  delete raw.publishAt
  const title = String(raw.title ?? '').trim() || 'Ohne Titel'
  const today = instantToBerlinLocal(now())
  const filled: Record<string, unknown> = { ...raw, intent: 'save', title }
  if (kind === 'news') {
    filled.slug = draftSlug(news, String(raw.slug ?? ''), title)
    if (!raw.date) filled.date = today.slice(0, 10)
    const full = newsActionSchema.safeParse(filled)
    const data = full.success
      ? full.data
      : newsActionSchema.parse({
          intent: 'save',
          title: title.slice(0, 200),
          slug: filled.slug,
          date: newsActionSchema.shape.date.safeParse(filled.date).success
            ? filled.date
            : today.slice(0, 10),
          lead: '',
          body: '',
          links: [],
          partnerIds: [],
          tags: '',
        })
    return saveNews(data)
  }
  filled.slug = draftSlug(events, String(raw.slug ?? ''), title)
  if (!raw.start) filled.start = today.slice(0, 10)
  const full = eventActionSchema.safeParse(filled)
  const data = full.success
    ? full.data
    : eventActionSchema.parse({
        intent: 'save',
        title: title.slice(0, 200),
        slug: filled.slug,
        start: today.slice(0, 10),
        allDay: 'on',
        summary: '',
        body: '',
      })
  return saveEvent(data)
}

export type AutosaveResult = { id: number; version: string; savedAt: Date }

/** Stores the form as an autosave; a new news item or event becomes a draft first. */
export async function saveAutosave(
  kind: AutosaveKind,
  id: number | null,
  pairs: FormPairs,
): Promise<AutosaveResult> {
  const user = await requireUser()
  let where = target(user, kind, id)
  if (where.entityId === 0 && (kind === 'news' || kind === 'event')) {
    where = {
      entityType: kind,
      entityId: await withoutPageRefresh(() => createDraft(kind, pairs)),
    }
  }
  const db = getDb()
  const at = now()
  writeTransaction(db, (tx) => {
    tx.insert(revisions)
      .values({
        entityType: where.entityType,
        entityId: where.entityId,
        snapshot: JSON.stringify({ form: kind, fields: pairs }),
        authorId: user.id,
        source: AUTOSAVE_SOURCE,
        createdAt: at,
      })
      .run()
    const ofItem = and(
      eq(revisions.entityType, where.entityType),
      eq(revisions.entityId, where.entityId),
      eq(revisions.source, AUTOSAVE_SOURCE),
    )
    const keep = (limit: number, mine: boolean) =>
      tx
        .select({ id: revisions.id })
        .from(revisions)
        .where(and(ofItem, mine ? eq(revisions.authorId, user.id) : undefined))
        .orderBy(desc(revisions.id))
        .limit(limit)
        .all()
        .map((row) => row.id)
    const mine = keep(AUTOSAVES_PER_AUTHOR, true)
    tx.delete(revisions)
      .where(and(ofItem, eq(revisions.authorId, user.id), notInArray(revisions.id, mine)))
      .run()
    const all = keep(AUTOSAVES_PER_ITEM, false)
    tx.delete(revisions)
      .where(and(ofItem, notInArray(revisions.id, all)))
      .run()
  })
  return { id: where.entityId, version: versionOf(kind, where.entityId), savedAt: at }
}

export type AutosaveOffer = { savedAt: string; fields: FormPairs }

/**
 * For the form: who is typing (the key of the browser's own copy), the version it starts from,
 * and the caller's newest autosave of the item when no real save came after it.
 */
export async function getAutosaveState(
  kind: AutosaveKind,
  id: number | null,
): Promise<{ userId: number; version: string; offer: AutosaveOffer | null }> {
  const user = await requireUser()
  const where = target(user, kind, id)
  const db = getDb()
  const latest = db
    .select({ id: revisions.id, createdAt: revisions.createdAt, snapshot: revisions.snapshot })
    .from(revisions)
    .where(
      and(
        eq(revisions.entityType, where.entityType),
        eq(revisions.entityId, where.entityId),
        eq(revisions.source, AUTOSAVE_SOURCE),
        eq(revisions.authorId, user.id),
      ),
    )
    .orderBy(desc(revisions.id))
    .limit(5)
    .all()
    .find((row) => (JSON.parse(row.snapshot) as { form?: string }).form === kind)
  let offer: AutosaveOffer | null = null
  if (latest) {
    // A real save (of anyone) after the autosave makes it stale.
    const savedSince = db
      .select({ id: revisions.id })
      .from(revisions)
      .where(
        and(
          eq(revisions.entityType, where.entityType),
          eq(revisions.entityId, where.entityId),
          ne(revisions.source, AUTOSAVE_SOURCE),
          gt(revisions.id, latest.id),
        ),
      )
      .get()
    const submittedSince =
      kind === 'profile' &&
      db
        .select({ id: submissions.id })
        .from(submissions)
        .where(
          and(
            eq(submissions.partnerId, where.entityId),
            gt(submissions.updatedAt, latest.createdAt),
          ),
        )
        .get()
    if (!savedSince && !submittedSince)
      offer = {
        savedAt: latest.createdAt.toISOString(),
        fields: (JSON.parse(latest.snapshot) as { fields: FormPairs }).fields,
      }
  }
  return { userId: user.id, version: versionOf(kind, where.entityId), offer }
}

/** The form's autosave settings for a backend page; none when the caller may not save it. */
export async function autosaveFor(kind: AutosaveKind, id: number | null, editPath?: string) {
  try {
    const state = await getAutosaveState(kind, id)
    return { kind, id, editPath, ...state }
  } catch (error) {
    if (error instanceof Forbidden || error instanceof UserError) return undefined
    throw error
  }
}
