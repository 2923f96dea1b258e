import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { and, desc, eq } from 'drizzle-orm'
import { getDb } from '../client'
import { requireUser, UserError } from '../auth/guard'
import { clientAddress } from '../auth/session'
import { recordAudit } from '../store/journal'
import { news, previewLinks, users } from '../schema'
import { writeTransaction } from '../tx'
import { loadEditable, NEWS_KIND } from './editorial'
import { articleFromSource, newsPreviewSource, type NewsPreviewSource } from './preview'
import { now } from '@/lib/clock'

/*
 * "Vorschau-Link": a link that shows one version of a news item to someone without an account
 * (the partner it is about) until it expires or is revoked. The link carries a random token;
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

export function previewPath(newsId: number, token: string): string {
  return `/vorschau/news/${newsId}?token=${encodeURIComponent(token)}`
}

/** Makes a link for the version the creator sees now (saved, plus their unsaved changes). */
export async function createPreviewLink(newsId: number, days: number): Promise<string> {
  const user = await requireUser()
  if (!Number.isInteger(days) || days < 1 || days > PREVIEW_LINK_MAX_DAYS)
    throw new UserError(`Ein Vorschau-Link gilt 1 bis ${PREVIEW_LINK_MAX_DAYS} Tage.`)
  const source = await newsPreviewSource(newsId)
  const token = randomBytes(32).toString('base64url')
  const at = now()
  const expiresAt = new Date(at.getTime() + days * DAY_MS)
  const address = await clientAddress()
  writeTransaction(getDb(), (tx) => {
    const id = tx
      .insert(previewLinks)
      .values({
        tokenHash: hashToken(token),
        entityType: 'news',
        entityId: newsId,
        snapshot: JSON.stringify(source),
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
      entityType: 'news',
      entityId: newsId,
      details: { linkId: id, title: source.title, expiresAt: expiresAt.toISOString() },
      clientAddress: address,
    })
  })
  return previewPath(newsId, token)
}

export async function revokePreviewLink(linkId: number): Promise<number> {
  const user = await requireUser()
  const db = getDb()
  const link = db.select().from(previewLinks).where(eq(previewLinks.id, linkId)).get()
  if (!link) throw new UserError('Diesen Vorschau-Link gibt es nicht.')
  loadEditable(NEWS_KIND, user, link.entityId)
  if (link.revokedAt) return link.entityId
  const address = await clientAddress()
  writeTransaction(db, (tx) => {
    tx.update(previewLinks).set({ revokedAt: now() }).where(eq(previewLinks.id, linkId)).run()
    recordAudit(tx, {
      action: 'preview_link.revoke',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'news',
      entityId: link.entityId,
      details: { linkId },
      clientAddress: address,
    })
  })
  return link.entityId
}

/** The item's links, newest first, for its edit page. */
export async function listPreviewLinks(newsId: number) {
  const user = await requireUser()
  loadEditable(NEWS_KIND, user, newsId)
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
    .where(and(eq(previewLinks.entityType, 'news'), eq(previewLinks.entityId, newsId)))
    .orderBy(desc(previewLinks.id))
    .limit(20)
    .all()
    .map((link) => ({ ...link, active: !link.revokedAt && link.expiresAt.getTime() > at }))
}

export type OpenedPreview =
  | { kind: 'preview'; article: ReturnType<typeof articleFromSource>; expiresAt: Date }
  | { kind: 'public'; href: string }

/**
 * For the preview page, without a session: the version the token was made for, only for the
 * item it names; the public page once the item went public after the link was made.
 */
export async function openPreviewLink(
  newsId: number,
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
  if (!link || link.entityType !== 'news' || link.entityId !== newsId) return null
  if (link.revokedAt || link.expiresAt.getTime() <= at.getTime()) return null
  const item = db
    .select({ slug: news.slug, status: news.status, updatedAt: news.updatedAt })
    .from(news)
    .where(eq(news.id, newsId))
    .get()
  if (!item) return null
  // Published (or saved while public) after the link was made: visitors' page is the real one.
  if (item.status === 'published' && item.updatedAt >= link.createdAt)
    return { kind: 'public', href: `/aktuelles/${item.slug}` }
  const address = await clientAddress()
  writeTransaction(db, (tx) => {
    const logged =
      link.lastOpenedAt && at.getTime() - link.lastOpenedAt.getTime() < OPEN_LOG_WINDOW_MS
    tx.update(previewLinks).set({ lastOpenedAt: at }).where(eq(previewLinks.id, link.id)).run()
    if (!logged)
      recordAudit(tx, {
        action: 'preview_link.open',
        entityType: 'news',
        entityId: newsId,
        details: { linkId: link.id },
        clientAddress: address,
      })
  })
  const source = JSON.parse(link.snapshot) as NewsPreviewSource
  return { kind: 'preview', article: articleFromSource(source), expiresAt: link.expiresAt }
}
