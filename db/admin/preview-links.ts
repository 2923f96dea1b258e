import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { and, desc, eq } from 'drizzle-orm'
import { getDb } from '../client'
import { requireUser, UserError } from '../auth/guard'
import { clientAddress } from '../auth/session'
import { recordAudit } from '../store/journal'
import { events, news, previewLinks, users } from '../schema'
import { writeTransaction } from '../tx'
import { EVENT_KIND, loadEditable, NEWS_KIND, type Kind } from './editorial'
import { articleFromSource, newsPreviewSource, type NewsPreviewSource } from './preview'
import { eventPreviewRow, eventRowFromJson } from './preview-event'
import { eventDetailOf } from '../public/events'
import { now } from '@/lib/clock'
import type { PreviewLinkKind } from '@/lib/validation/preview-link'

/*
 * "Vorschau-Link": a link that shows one version of a news item or event to someone without an
 * account (the partner it is about) until it expires or is revoked. The link carries a random token;
 * only its SHA-256 is stored, with the version it shows. Whoever may edit the item may make
 * one (a partner: only for its own proposals, through loadEditable); creating, opening and
 * revoking are in the audit log.
 */

export const PREVIEW_LINK_DEFAULT_DAYS = 7
export const PREVIEW_LINK_MAX_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000
/** An opened link is logged once per this window, not on every reload. */
const OPEN_LOG_WINDOW_MS = 10 * 60 * 1000

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Per kind: who may edit it, where its preview and public page are, what a link freezes. */
const TARGETS = {
  news: {
    kind: NEWS_KIND,
    art: 'news',
    table: news,
    publicPath: (slug: string) => `/aktuelles/${slug}`,
    freeze: async (id: number) => {
      const source = await newsPreviewSource(id)
      return { title: source.title, snapshot: JSON.stringify(source) }
    },
  },
  event: {
    kind: EVENT_KIND,
    art: 'termine',
    table: events,
    publicPath: (slug: string) => `/veranstaltungen/${slug}`,
    freeze: async (id: number) => {
      const { row } = await eventPreviewRow(id)
      return { title: row.title, snapshot: JSON.stringify(row) }
    },
  },
} satisfies Record<
  PreviewLinkKind,
  {
    kind: Kind
    art: string
    table: typeof news | typeof events
    publicPath: (slug: string) => string
    freeze: (id: number) => Promise<{ title: string; snapshot: string }>
  }
>

export function previewPath(type: PreviewLinkKind, id: number, token: string): string {
  return `/vorschau/${TARGETS[type].art}/${id}?token=${encodeURIComponent(token)}`
}

/** Makes a link for the version the creator sees now (saved, plus their unsaved changes). */
export async function createPreviewLink(
  type: PreviewLinkKind,
  id: number,
  days: number,
): Promise<string> {
  const user = await requireUser()
  if (!Number.isInteger(days) || days < 1 || days > PREVIEW_LINK_MAX_DAYS)
    throw new UserError(`Ein Vorschau-Link gilt 1 bis ${PREVIEW_LINK_MAX_DAYS} Tage.`)
  // Authorizes: only someone who may edit the item gets its version.
  const frozen = await TARGETS[type].freeze(id)
  const token = randomBytes(32).toString('base64url')
  const at = now()
  const expiresAt = new Date(at.getTime() + days * DAY_MS)
  const address = await clientAddress()
  writeTransaction(getDb(), (tx) => {
    const linkId = tx
      .insert(previewLinks)
      .values({
        tokenHash: hashToken(token),
        entityType: type,
        entityId: id,
        snapshot: frozen.snapshot,
        createdBy: user.id,
        createdAt: at,
        expiresAt,
      })
      .returning({ id: previewLinks.id })
      .get().id
    recordAudit(tx, {
      action: 'preview_link.create',
      actorId: user.id,
      actorEmail: user.email,
      entityType: type,
      entityId: id,
      details: { linkId, title: frozen.title, expiresAt: expiresAt.toISOString() },
      clientAddress: address,
    })
  })
  return previewPath(type, id, token)
}

/** Ends a link; the item it was for, to go back to. */
export async function revokePreviewLink(
  linkId: number,
): Promise<{ type: PreviewLinkKind; id: number }> {
  const user = await requireUser()
  const db = getDb()
  const link = db.select().from(previewLinks).where(eq(previewLinks.id, linkId)).get()
  if (!link) throw new UserError('Diesen Vorschau-Link gibt es nicht.')
  const type = link.entityType
  loadEditable(TARGETS[type].kind, user, link.entityId)
  if (link.revokedAt) return { type, id: link.entityId }
  const address = await clientAddress()
  writeTransaction(db, (tx) => {
    tx.update(previewLinks).set({ revokedAt: now() }).where(eq(previewLinks.id, linkId)).run()
    recordAudit(tx, {
      action: 'preview_link.revoke',
      actorId: user.id,
      actorEmail: user.email,
      entityType: type,
      entityId: link.entityId,
      details: { linkId },
      clientAddress: address,
    })
  })
  return { type, id: link.entityId }
}

/** The item's links, newest first, for its edit page (instants as ISO text for the panel). */
export async function listPreviewLinks(type: PreviewLinkKind, id: number) {
  const user = await requireUser()
  loadEditable(TARGETS[type].kind, user, id)
  const at = now().getTime()
  return getDb()
    .select({
      id: previewLinks.id,
      createdAt: previewLinks.createdAt,
      expiresAt: previewLinks.expiresAt,
      revokedAt: previewLinks.revokedAt,
      lastOpenedAt: previewLinks.lastOpenedAt,
      createdBy: users.name,
    })
    .from(previewLinks)
    .leftJoin(users, eq(users.id, previewLinks.createdBy))
    .where(and(eq(previewLinks.entityType, type), eq(previewLinks.entityId, id)))
    .orderBy(desc(previewLinks.id))
    .limit(20)
    .all()
    .map((link) => ({
      ...link,
      createdAt: link.createdAt.toISOString(),
      expiresAt: link.expiresAt.toISOString(),
      revokedAt: link.revokedAt?.toISOString() ?? null,
      lastOpenedAt: link.lastOpenedAt?.toISOString() ?? null,
      active: !link.revokedAt && link.expiresAt.getTime() > at,
    }))
}

export type OpenedPreview =
  | {
      kind: 'preview'
      expiresAt: Date
      view:
        | { type: 'news'; article: ReturnType<typeof articleFromSource> }
        | { type: 'event'; event: ReturnType<typeof eventDetailOf> }
    }
  | { kind: 'public'; href: string }

/**
 * For the preview page, without a session: the version the token was made for, only for the
 * item it names; the public page once the item went public after the link was made.
 */
export async function openPreviewLink(
  type: PreviewLinkKind,
  id: number,
  token: string,
): Promise<OpenedPreview | null> {
  if (token.length < 20 || token.length > 100) return null
  const db = getDb()
  const at = now()
  const link = db
    .select()
    .from(previewLinks)
    .where(eq(previewLinks.tokenHash, hashToken(token)))
    .get()
  if (!link || link.entityType !== type || link.entityId !== id) return null
  if (link.revokedAt || link.expiresAt.getTime() <= at.getTime()) return null
  const { table, publicPath } = TARGETS[type]
  const item = db
    .select({ slug: table.slug, status: table.status, updatedAt: table.updatedAt })
    .from(table)
    .where(eq(table.id, id))
    .get()
  if (!item) return null
  // Published (or saved while public) after the link was made: visitors' page is the real one.
  if (item.status === 'published' && item.updatedAt >= link.createdAt)
    return { kind: 'public', href: publicPath(item.slug) }
  const address = await clientAddress()
  writeTransaction(db, (tx) => {
    const logged =
      link.lastOpenedAt && at.getTime() - link.lastOpenedAt.getTime() < OPEN_LOG_WINDOW_MS
    tx.update(previewLinks).set({ lastOpenedAt: at }).where(eq(previewLinks.id, link.id)).run()
    if (!logged)
      recordAudit(tx, {
        action: 'preview_link.open',
        entityType: type,
        entityId: id,
        details: { linkId: link.id },
        clientAddress: address,
      })
  })
  const view =
    type === 'news'
      ? {
          type,
          article: articleFromSource(JSON.parse(link.snapshot) as NewsPreviewSource),
        }
      : { type, event: eventDetailOf(db, eventRowFromJson(link.snapshot), 'de') }
  return { kind: 'preview', view, expiresAt: link.expiresAt }
}
