import 'server-only'
import { cacheTag } from 'next/cache'
import type { Db } from '../client'
import { and, eq, inArray } from 'drizzle-orm'
import { categories, translations, type Translation } from '../schema'
import { parseLinkLabels } from '@/lib/translation-kinds'
import type { Locale } from '@/lib/i18n/locales'
import type { TranslatableType } from '@/lib/validation/translation'

/*
 * How the public readers put English versions over German items. An item is English only when
 * its translation is published (and the item itself is public: the readers select only public
 * items); otherwise it keeps its German texts and says so with `lang: 'de'`. `slugs.en` tells
 * both languages' pages where the counterpart lives.
 */

export type Localized = { lang: Locale; slugs: { de: string; en: string | null } }

/** The published English versions of `ids`, looked up for both locales (the slugs need them). */
export function englishVersions(
  tx: Db,
  type: TranslatableType,
  entityIds: number[],
): Map<number, Translation> {
  if (entityIds.length === 0) return new Map()
  const rows = tx
    .select()
    .from(translations)
    .where(
      and(
        eq(translations.entityType, type),
        eq(translations.locale, 'en'),
        eq(translations.status, 'published'),
        inArray(translations.entityId, [...new Set(entityIds)]),
      ),
    )
    .all()
  return new Map(rows.map((row) => [row.entityId, row]))
}

/** English text when the translation has one and the locale asks for it, else the German. */
export function pick(
  locale: Locale,
  english: Translation | undefined,
  germanText: string,
  englishText: string | null | undefined,
): string {
  return locale === 'en' && english && englishText ? englishText : germanText
}

export function langOf(locale: Locale, english: Translation | undefined): Locale {
  return locale === 'en' && english ? 'en' : 'de'
}

export function slugsOf(germanSlug: string, english: Translation | undefined, keepGerman = false) {
  return { de: germanSlug, en: english ? (keepGerman ? germanSlug : english.slug) : null }
}

/**
 * Short references to other items (neighbours, a report, related news): slug and title in the
 * locale, with lang and both slugs.
 */
export function localizeRefs<T extends { id: number; slug: string; title: string }>(
  db: Db,
  type: 'news' | 'event',
  refs: T[],
  locale: Locale,
): (Omit<T, 'id'> & Localized)[] {
  const english = englishVersions(
    db,
    type,
    refs.map((ref) => ref.id),
  )
  return refs.map(({ id, ...ref }) => {
    const tr = english.get(id)
    return {
      ...ref,
      slug: locale === 'en' && tr?.slug ? tr.slug : ref.slug,
      title: pick(locale, tr, ref.title, tr?.title),
      lang: langOf(locale, tr),
      slugs: slugsOf(ref.slug, tr),
    }
  })
}

export function linkLabelsOf(english: Translation | undefined): string[] {
  return english ? parseLinkLabels(english.linkLabels) : []
}

/** A cache tag per translated item is the item's own tag: translations invalidate through it. */
export const tagItems = (tags: string[]) => {
  if (tags.length > 0) cacheTag(...tags)
}

/**
 * A partner's address in English: the English category slug (where its English version is
 * published) before the entry's own part, which is a name and stays.
 */
export function partnerEnglishSlug(germanSlug: string, categoryEnglishSlug: string | null): string {
  const entry = germanSlug.slice(germanSlug.indexOf('/') + 1)
  return categoryEnglishSlug ? `${categoryEnglishSlug}/${entry}` : germanSlug
}

/** The German slug a partner address under /en stands for (English or German category part). */
export function germanPartnerSlug(db: Db, slug: string): string {
  const cut = slug.indexOf('/')
  if (cut < 0) return slug
  const category = db
    .select({ id: translations.entityId })
    .from(translations)
    .where(
      and(
        eq(translations.entityType, 'category'),
        eq(translations.locale, 'en'),
        eq(translations.slug, slug.slice(0, cut)),
        eq(translations.status, 'published'),
      ),
    )
    .get()
  if (!category) return slug
  const german = db
    .select({ slug: categories.slug })
    .from(categories)
    .where(eq(categories.id, category.id))
    .get()
  return german ? `${german.slug}${slug.slice(cut)}` : slug
}

/** Partner references (name stays), with lang and both addresses. */
export function localizePartners<T extends { id: number; slug: string; categoryId: number }>(
  db: Db,
  rows: T[],
  locale: Locale,
): (T &
  Localized & { english: Translation | undefined; categoryEnglish: Translation | undefined })[] {
  const english = englishVersions(
    db,
    'partner',
    rows.map((row) => row.id),
  )
  const categoryEnglish = englishVersions(
    db,
    'category',
    rows.map((row) => row.categoryId),
  )
  return rows.map((row) => {
    const tr = english.get(row.id)
    const category = categoryEnglish.get(row.categoryId)
    const enSlug = tr ? partnerEnglishSlug(row.slug, category?.slug ?? null) : null
    return {
      ...row,
      slug: locale === 'en' && enSlug ? enSlug : row.slug,
      lang: langOf(locale, tr),
      slugs: { de: row.slug, en: enSlug },
      english: tr,
      categoryEnglish: category,
    }
  })
}
