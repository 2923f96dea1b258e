import 'server-only'
import { and, eq, ne } from 'drizzle-orm'
import { getDb } from '../client'
import { EVENT_KIND, loadEditable, NEWS_KIND, statusForSave } from './editorial'
import { FieldError, requireRole, requireUser, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { partnerSnapshot } from '../store/partners'
import {
  findTranslation,
  parseLinkLabels,
  saveTranslation,
  setTranslationStatus,
  type TranslationInput,
} from '../store/translations'
import {
  categories,
  events,
  images,
  news,
  pages,
  translations,
  type ContentStatus,
} from '../schema'
import type { CurrentUser } from '../auth/session'
import { writeTransaction } from '../tx'
import { isReservedSlug, RESERVED_SLUG_MESSAGE } from '@/lib/reserved-slugs'
import { slugify } from '@/lib/slug'
import { hasField, TRANSLATION_KINDS } from '@/lib/translation-kinds'
import type { TranslatableType, TranslationAction } from '@/lib/validation/translation'
import { isEditorial } from '@/lib/workflow'

/*
 * English versions in the backend. Who may edit one is who may edit the German item: editors
 * and admins for news, events and profiles, a partner for its own news and events (as a
 * proposal, never publishing), admins for pages and categories. A partner's English profile
 * text goes through review instead (db/admin/profile-translation.ts).
 */

/** The German item beside its translation: what the English tab shows for reference. */
export type GermanOriginal = {
  id: number
  title: string
  slug: string
  status: ContentStatus | null
  lead: string
  body: string
  quoteText: string | null
  quoteAuthorFunction: string | null
  imageAlt: string | null
  linkLabels: string[]
}

function imageAlt(id: string | null): string | null {
  if (!id) return null
  return (
    getDb().select({ alt: images.alt }).from(images).where(eq(images.id, id)).get()?.alt ?? null
  )
}

/**
 * Loads the German item after checking the caller may edit it; null when it does not exist. The
 * English versions and their revisions (./translation-revisions.ts) share this rule.
 */
export async function loadOriginal(
  type: TranslatableType,
  id: number,
): Promise<{ user: CurrentUser; german: GermanOriginal } | null> {
  const db = getDb()
  if (type === 'news' || type === 'event') {
    const user = await requireUser()
    if (!isEditorial(user.role) && !user.partnerId) return null
    let item
    try {
      item = loadEditable(type === 'news' ? NEWS_KIND : EVENT_KIND, user, id)
    } catch (error) {
      if (error instanceof UserError) return null
      throw error
    }
    const row = item as Record<string, unknown>
    return {
      user,
      german: {
        id,
        title: item.title,
        slug: item.slug,
        status: item.status,
        lead: String((type === 'news' ? row.lead : row.summary) ?? ''),
        body: String(row.body ?? ''),
        quoteText: null,
        quoteAuthorFunction: null,
        imageAlt: type === 'news' ? imageAlt((row.imageId as string | null) ?? null) : null,
        linkLabels:
          type === 'news' ? (row.links as { label: string }[]).map((link) => link.label) : [],
      },
    }
  }
  if (type === 'partner') {
    const user = await requireRole('editor', 'admin')
    const item = partnerSnapshot(db, id)
    if (!item) return null
    return {
      user,
      german: {
        id,
        title: item.name,
        slug: item.slug,
        status: item.status,
        lead: '',
        body: item.body,
        quoteText: item.quoteText,
        quoteAuthorFunction: item.quoteAuthorFunction,
        imageAlt: imageAlt(item.logoImageId),
        linkLabels: [],
      },
    }
  }
  const user = await requireRole('admin')
  const row: { title: string; slug: string; body?: string } | undefined =
    type === 'category'
      ? db
          .select({ title: categories.name, slug: categories.slug })
          .from(categories)
          .where(eq(categories.id, id))
          .get()
      : db
          .select({ title: pages.title, slug: pages.slug, body: pages.body })
          .from(pages)
          .where(eq(pages.id, id))
          .get()
  if (!row) return null
  return {
    user,
    german: {
      id,
      title: row.title,
      slug: row.slug,
      status: null,
      lead: '',
      body: row.body ?? '',
      quoteText: null,
      quoteAuthorFunction: null,
      imageAlt: null,
      linkLabels: [],
    },
  }
}

export async function getTranslationForEdit(type: TranslatableType, id: number) {
  const loaded = await loadOriginal(type, id)
  if (!loaded) return null
  const row = findTranslation(getDb(), type, id)
  return {
    german: loaded.german,
    role: loaded.user.role,
    translation: row ? { ...row, linkLabels: parseLinkLabels(row.linkLabels) } : null,
  }
}

export type TranslationEdit = NonNullable<Awaited<ReturnType<typeof getTranslationForEdit>>>

const GERMAN_SLUG_TABLES = { news, event: events, page: pages, category: categories } as const

/** An English slug must be free among English slugs and must not be another item's German one. */
export function assertEnglishSlugFree(
  type: TranslatableType,
  slug: string,
  entityId: number,
): void {
  if (type !== 'partner' && isReservedSlug(type, 'en', slug))
    throw new FieldError('slug', RESERVED_SLUG_MESSAGE)
  const db = getDb()
  const taken = db
    .select({ id: translations.id })
    .from(translations)
    .where(
      and(
        eq(translations.entityType, type),
        eq(translations.locale, 'en'),
        eq(translations.slug, slug),
        ne(translations.entityId, entityId),
      ),
    )
    .get()
  const table = type === 'partner' ? null : GERMAN_SLUG_TABLES[type]
  const german = table
    ? db
        .select({ id: table.id })
        .from(table)
        .where(and(eq(table.slug, slug), ne(table.id, entityId)))
        .get()
    : undefined
  if (taken || german)
    throw new FieldError('slug', 'Dieser Slug ist schon vergeben. Bitte einen anderen wählen.')
}

function translationInput(type: TranslatableType, data: TranslationAction, german: GermanOriginal) {
  const title = hasField(type, 'title') ? (data.title ?? '').trim() : ''
  if (hasField(type, 'title') && !title)
    throw new FieldError('title', 'Bitte den englischen Titel angeben.')
  const slug = hasField(type, 'slug') ? data.slug || slugify(title) : null
  if (hasField(type, 'slug') && !slug)
    throw new FieldError(
      'slug',
      'Aus diesem Titel lässt sich kein Slug bilden. Bitte einen angeben.',
    )
  const input: TranslationInput = {
    slug,
    title,
    lead: hasField(type, 'lead') ? (data.lead ?? '') : '',
    body: hasField(type, 'body') ? (data.body ?? '') : '',
    quoteText: hasField(type, 'quoteText') ? (data.quoteText ?? null) : null,
    quoteAuthorFunction: hasField(type, 'quoteAuthorFunction')
      ? (data.quoteAuthorFunction ?? null)
      : null,
    imageAlt: hasField(type, 'imageAlt') ? (data.imageAlt ?? null) : null,
    // One label per German link, in its order; extra ones have nothing to label.
    linkLabels: hasField(type, 'linkLabels')
      ? german.linkLabels.map((_, index) => data.linkLabels?.[index] ?? '')
      : [],
  }
  return input
}

const STEP: Partial<Record<ContentStatus, 'publish' | 'schedule' | 'submit'>> = {
  published: 'publish',
  scheduled: 'schedule',
  in_review: 'submit',
}

/** Saves the English version of an item with the button pressed; returns the item's id. */
export async function saveTranslationAdmin(data: TranslationAction): Promise<number> {
  const type = data.entityType
  const loaded = await loadOriginal(type, data.entityId)
  if (!loaded) throw new UserError(`Diese ${TRANSLATION_KINDS[type].noun} gibt es nicht (mehr).`)
  const { user, german } = loaded
  const db = getDb()
  const existing = findTranslation(db, type, german.id)
  const change = statusForSave(user, existing, data.intent, data.publishAt)
  const input = translationInput(type, data, german)
  if (input.slug) assertEnglishSlugFree(type, input.slug, german.id)
  writeTransaction(db, (tx) => {
    saveTranslation(tx, type, german.id, input, change, {
      authorId: user.id,
      source: 'edit',
    })
    const step = change.status !== existing?.status ? STEP[change.status] : undefined
    recordAudit(tx, {
      action: `translation.${step ?? (existing ? 'update' : 'create')}`,
      actorId: user.id,
      actorEmail: user.email,
      entityType: type,
      entityId: german.id,
      details: {
        locale: 'en',
        title: input.title || german.title,
        status: change.status,
        ...(change.publishAt ? { publishAt: change.publishAt.toISOString() } : {}),
      },
    })
  })
  return german.id
}

/** Takes the English version offline (back to a draft); the German item stays as it is. */
export async function withdrawTranslation(type: TranslatableType, entityId: number): Promise<void> {
  const loaded = await loadOriginal(type, entityId)
  if (!loaded) throw new UserError(`Diese ${TRANSLATION_KINDS[type].noun} gibt es nicht (mehr).`)
  const { user, german } = loaded
  if (!isEditorial(user.role)) throw new UserError('Das ist der Redaktion vorbehalten.')
  const db = getDb()
  const existing = findTranslation(db, type, entityId)
  if (!existing || existing.status === 'draft')
    throw new UserError('Die englische Fassung ist kein veröffentlichter oder geplanter Inhalt.')
  writeTransaction(db, (tx) => {
    setTranslationStatus(
      tx,
      existing.id,
      { status: 'draft', publishAt: null },
      { authorId: user.id, source: 'workflow' },
    )
    recordAudit(tx, {
      action: 'translation.withdraw',
      actorId: user.id,
      actorEmail: user.email,
      entityType: type,
      entityId,
      details: { locale: 'en', title: existing.title || german.title, from: existing.status },
    })
  })
}
