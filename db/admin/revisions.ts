import 'server-only'
import { eq } from 'drizzle-orm'
import { getDb } from '../client'
import { eventSnapshot, updateEvent } from '../store/events'
import { newsSnapshot, updateNews } from '../store/news'
import { updatePage } from '../store/pages'
import { Forbidden, requireRole, requireUser, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { applyPartnerSnapshot, partnerSnapshot } from '../store/partners'
import { images, pages } from '../schema'
import type { CurrentUser } from '../auth/session'
import { writeTransaction } from '../tx'
import { findVersion, listVersions } from '../store/versions'
import { isEditorial } from '@/lib/workflow'

/*
 * "Versionen": every save left a full snapshot. Here they are listed (who, when), compared with
 * the current state field by field, and restored — restoring is itself a save, with its own
 * revision, so nothing is ever lost.
 */

export type EntityType = 'news' | 'event' | 'partner' | 'page'

function currentSnapshot(type: EntityType, id: number): Record<string, unknown> | null {
  const db = getDb()
  switch (type) {
    case 'news':
      return newsSnapshot(db, id)
    case 'event':
      return eventSnapshot(db, id)
    case 'partner':
      return partnerSnapshot(db, id)
    case 'page':
      return db.select().from(pages).where(eq(pages.id, id)).get() ?? null
  }
}

function assertCanSee(user: CurrentUser, type: EntityType, snapshot: Record<string, unknown>) {
  if (type === 'page') {
    if (user.role !== 'admin') throw new Forbidden()
    return
  }
  if (isEditorial(user.role)) return
  const owner = type === 'partner' ? snapshot.id : snapshot.partnerId
  if (!user.partnerId || owner !== user.partnerId) throw new Forbidden()
}

export async function listRevisions(type: EntityType, entityId: number) {
  const user = await requireUser()
  const current = currentSnapshot(type, entityId)
  if (!current) return null
  assertCanSee(user, type, current)
  const rows = listVersions(getDb(), type, entityId)
  return {
    current,
    revisions: rows,
  }
}

/** Restores a snapshot as the new current content (the status stays as it is). */
export async function restoreRevision(type: EntityType, revisionId: number): Promise<number> {
  const user = type === 'page' ? await requireRole('admin') : await requireRole('editor', 'admin')
  const db = getDb()
  const revision = findVersion(db, type, revisionId)
  if (!revision) throw new UserError('Diese Version gibt es nicht.')
  const current = currentSnapshot(type, revision.entityId)
  if (!current) throw new UserError('Der Inhalt dieser Version wurde gelöscht.')
  const snapshot = JSON.parse(revision.snapshot) as Record<string, unknown>
  const meta = { authorId: user.id, source: 'restore' as const }
  const str = (key: string) =>
    typeof snapshot[key] === 'string' ? (snapshot[key] as string) : null
  const imageStillThere = (id: unknown) =>
    typeof id === 'string' &&
    db.select({ id: images.id }).from(images).where(eq(images.id, id)).get()
      ? id
      : null
  // A slug taken by another item in the meantime stays as it is now.
  const slugFor = (table: 'news' | 'events' | 'pages', wanted: string | null) => {
    if (!wanted || wanted === current.slug) return String(current.slug)
    const clash = db.$client
      .prepare(`SELECT id FROM ${table} WHERE slug = ? AND id != ?`)
      .get(wanted, revision.entityId)
    return clash ? String(current.slug) : wanted
  }

  writeTransaction(db, (tx) => {
    switch (type) {
      case 'news':
        updateNews(
          tx,
          revision.entityId,
          {
            slug: slugFor('news', str('slug')),
            title: str('title') ?? String(current.title),
            lead: str('lead'),
            body: str('body') ?? '',
            place: str('place'),
            date: str('date') ?? String(current.date),
            imageId: imageStillThere(snapshot.imageId),
            contactName: str('contactName'),
            contactRole: str('contactRole'),
            contactOrganisation: str('contactOrganisation'),
            contactPhone: str('contactPhone'),
            contactEmail: str('contactEmail'),
            links: Array.isArray(snapshot.links)
              ? (snapshot.links as { label: string; url: string }[])
              : [],
            partnerIds: Array.isArray(snapshot.partnerIds) ? (snapshot.partnerIds as number[]) : [],
            tagNames: Array.isArray(snapshot.tagNames) ? (snapshot.tagNames as string[]) : [],
          },
          null,
          meta,
        )
        break
      case 'event':
        updateEvent(
          tx,
          revision.entityId,
          { ...snapshotEventFields(snapshot), slug: slugFor('events', str('slug')) },
          null,
          meta,
        )
        break
      case 'partner':
        applyPartnerSnapshot(tx, revision.entityId, snapshot, meta)
        break
      case 'page':
        updatePage(
          tx,
          revision.entityId,
          {
            slug: slugFor('pages', str('slug')),
            title: str('title') ?? String(current.title),
            body: str('body') ?? '',
          },
          meta,
        )
        break
    }
    recordAudit(tx, {
      action: `${type}.restore`,
      actorId: user.id,
      actorEmail: user.email,
      entityType: type,
      entityId: revision.entityId,
      details: { revisionId },
    })
  })
  return revision.entityId
}

function snapshotEventFields(snapshot: Record<string, unknown>) {
  const date = (key: string) =>
    typeof snapshot[key] === 'number' || typeof snapshot[key] === 'string'
      ? new Date(snapshot[key] as string)
      : null
  const str = (key: string) =>
    typeof snapshot[key] === 'string' ? (snapshot[key] as string) : null
  return {
    title: str('title') ?? '',
    summary: str('summary'),
    body: str('body') ?? '',
    startsAt: date('startsAt') ?? new Date(),
    endsAt: date('endsAt'),
    allDay: snapshot.allDay === true,
    venueName: str('venueName'),
    venueAddress: str('venueAddress'),
    onlineUrl: str('onlineUrl'),
    registrationUrl: str('registrationUrl'),
    contactName: str('contactName'),
    contactRole: str('contactRole'),
    contactPhone: str('contactPhone'),
    contactEmail: str('contactEmail'),
    organizerPartnerId:
      typeof snapshot.organizerPartnerId === 'number' ? snapshot.organizerPartnerId : null,
    reportNewsId: typeof snapshot.reportNewsId === 'number' ? snapshot.reportNewsId : null,
  }
}
