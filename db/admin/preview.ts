import 'server-only'
import { asc, eq, inArray } from 'drizzle-orm'
import { getDb } from '../client'
import { requireUser } from '../auth/guard'
import { images, partners, tags } from '../schema'
import { getAutosaveState } from './autosave'
import { loadEditable, NEWS_KIND } from './editorial'
import type { NewsArticle } from '../public/news-article'
import { formDataToObject } from '@/lib/form-data'
import { renderMarkdown } from '@/lib/markdown'
import { slugify } from '@/lib/slug'
import { splitTags } from '@/lib/validation/news'

/*
 * "Vorschau": a news item as its public page will show it, built from the item as saved and,
 * when the viewer has unsaved changes (their newest autosave), with those on top. Nothing here
 * is cached or written anywhere visitors look; the preview route is never stored.
 */

/** The fields of a news item a preview shows; also what a preview link freezes. */
export type NewsPreviewSource = {
  id: number
  slug: string
  status: string
  title: string
  lead: string
  body: string
  place: string | null
  date: string
  imageId: string | null
  contactName: string | null
  contactRole: string | null
  contactOrganisation: string | null
  contactPhone: string | null
  contactEmail: string | null
  links: { label: string; url: string }[]
  partnerIds: number[]
  tagNames: string[]
  updatedAt: string
}

const text = (value: unknown, fallback: string | null) =>
  typeof value === 'string' ? value.trim() : fallback
const orNull = (value: string | null) => (value ? value : null)

/** The item as saved, for someone who may edit it, with that person's unsaved changes on top. */
export async function newsPreviewSource(id: number): Promise<NewsPreviewSource> {
  const user = await requireUser()
  const item = loadEditable(NEWS_KIND, user, id) as unknown as Record<string, unknown> & {
    id: number
    slug: string
    status: string
    title: string
    lead: string
    body: string
    place: string | null
    date: string
    imageId: string | null
    links: { label: string; url: string }[]
    partnerIds: number[]
    tagNames: string[]
    updatedAt: Date
  }
  const base: NewsPreviewSource = {
    id: item.id,
    slug: item.slug,
    status: item.status,
    title: item.title,
    lead: item.lead,
    body: item.body,
    place: item.place,
    date: item.date,
    imageId: item.imageId,
    contactName: (item.contactName as string | null) ?? null,
    contactRole: (item.contactRole as string | null) ?? null,
    contactOrganisation: (item.contactOrganisation as string | null) ?? null,
    contactPhone: (item.contactPhone as string | null) ?? null,
    contactEmail: (item.contactEmail as string | null) ?? null,
    links: item.links,
    partnerIds: item.partnerIds,
    tagNames: item.tagNames,
    updatedAt: item.updatedAt.toISOString(),
  }
  const { offer } = await getAutosaveState('news', id)
  if (!offer) return base
  const data = new FormData()
  for (const [name, value] of offer.fields) data.append(name, value)
  const typed = formDataToObject(data, ['partnerIds', 'links'])
  const links = Array.isArray(typed.links)
    ? (typed.links as { label?: unknown; url?: unknown }[])
        .filter((l) => typeof l.label === 'string' && typeof l.url === 'string')
        .filter((l) => /^https?:\/\//i.test(String(l.url)))
        .map((l) => ({ label: String(l.label), url: String(l.url) }))
    : base.links
  return {
    ...base,
    title: text(typed.title, base.title) || base.title,
    lead: text(typed.lead, base.lead) ?? '',
    body: typeof typed.body === 'string' ? typed.body : base.body,
    place: orNull(text(typed.place, base.place)),
    date: /^\d{4}-\d{2}-\d{2}$/.test(String(typed.date)) ? String(typed.date) : base.date,
    imageId: typeof typed.imageId === 'string' ? orNull(typed.imageId) : base.imageId,
    contactName: orNull(text(typed.contactName, base.contactName)),
    contactRole: orNull(text(typed.contactRole, base.contactRole)),
    contactOrganisation: orNull(text(typed.contactOrganisation, base.contactOrganisation)),
    contactPhone: orNull(text(typed.contactPhone, base.contactPhone)),
    contactEmail: orNull(text(typed.contactEmail, base.contactEmail)),
    links,
    partnerIds: Array.isArray(typed.partnerIds)
      ? (typed.partnerIds as unknown[]).map(Number).filter((n) => Number.isSafeInteger(n))
      : base.partnerIds,
    tagNames: typeof typed.tags === 'string' ? splitTags(typed.tags) : base.tagNames,
  }
}

/** The public page's data for a preview source (no neighbours: those are the public list's). */
export function articleFromSource(source: NewsPreviewSource): NewsArticle {
  const db = getDb()
  const image = source.imageId
    ? db
        .select({
          id: images.id,
          width: images.width,
          height: images.height,
          alt: images.alt,
          credit: images.credit,
        })
        .from(images)
        .where(eq(images.id, source.imageId))
        .get()
    : undefined
  const related =
    source.partnerIds.length > 0
      ? db
          .select({ slug: partners.slug, name: partners.name })
          .from(partners)
          .where(inArray(partners.id, source.partnerIds))
          .orderBy(asc(partners.sortName))
          .all()
      : []
  const known = new Map(
    db
      .select({ slug: tags.slug, name: tags.name })
      .from(tags)
      .all()
      .map((tag) => [tag.name, tag.slug]),
  )
  const contact =
    source.contactName || source.contactEmail || source.contactPhone
      ? {
          name: source.contactName,
          role: source.contactRole,
          organisation: source.contactOrganisation,
          phone: source.contactPhone,
          email: source.contactEmail,
        }
      : null
  return {
    id: source.id,
    slug: source.slug,
    title: source.title,
    lead: source.lead,
    bodyHtml: renderMarkdown(source.body, { baseLevel: 2 }).html,
    place: source.place,
    date: source.date,
    publishedAt: null,
    updatedAt: new Date(source.updatedAt),
    image: image ?? null,
    contact,
    links: source.links,
    // The preview shows the German version; links to partners use their German addresses.
    partners: related.map((p) => ({ ...p, lang: 'de' as const, slugs: { de: p.slug, en: null } })),
    tags: source.tagNames
      .map((name) => ({ name, slug: known.get(name) ?? slugify(name, 60) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    event: null,
    previous: null,
    next: null,
    lang: 'de',
    slugs: { de: source.slug, en: null },
  }
}

/** What "Vorschau" shows to someone signed in who may edit the item. */
export async function getNewsPreview(id: number) {
  const source = await newsPreviewSource(id)
  return { status: source.status, article: articleFromSource(source) }
}
