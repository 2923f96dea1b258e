import 'server-only'
import { eq, max } from 'drizzle-orm'
import type { Db } from '../client'
import { recordRevision } from './journal'
import { categories, partners } from '../schema'
import type { Tx } from '../tx'
import { deleteImageIfUnused, insertImage } from './images'
import { invalidate } from '../cache/invalidate'
import * as cacheTags from '../cache/tags'
import { afterPartnerWrite } from './search-index'
import type { ImportOptions, ImportStatus } from './profile-import'
import { existingLogoHashes, sameLogo, type Prepared } from './profile-prepare'
import { now } from '@/lib/clock'
import type { ParsedProfile } from '@/lib/import/profile'
import { germanSortKey } from '@/lib/slug'
import { findTranslation, saveTranslation } from './translations'

/*
 * The writing half of a profile import: compares one prepared profile with the stored partner and
 * creates or updates it. Synchronous, so it runs inside the file's transaction.
 */

type PartnerFields = {
  name: string
  categoryId: number | null
  quoteText: string | null
  quoteAuthor: string | null
  quoteAuthorFunction: string | null
  body: string
  website: string | null
  city: string | null
  region: string | null
  street: string | null
  postalCode: string | null
  state: string | null
  lat: number | null
  lon: number | null
  sites: string | null
}

function desiredFields(
  profile: ParsedProfile,
  categoryId: number | null,
  current?: PartnerFields,
): PartnerFields {
  return {
    name: profile.name,
    categoryId,
    quoteText: profile.quote?.text ?? null,
    quoteAuthor: profile.quote?.author ?? null,
    quoteAuthorFunction: profile.quote?.authorFunction ?? null,
    body: profile.body,
    // Fields the seed format does not carry are only set when the file names them.
    website: profile.website ?? current?.website ?? null,
    city: profile.city ?? current?.city ?? null,
    region: profile.region ?? current?.region ?? null,
    street: profile.street ?? current?.street ?? null,
    postalCode: profile.postalCode ?? current?.postalCode ?? null,
    state: profile.state ?? current?.state ?? null,
    // A position is one value: a file with one keeps both of its coordinates.
    lat: profile.lat ?? current?.lat ?? null,
    lon: profile.lat !== null ? profile.lon : (current?.lon ?? null),
    sites: profile.sites ?? current?.sites ?? null,
  }
}

const COMPARED: (keyof PartnerFields)[] = [
  'name',
  'categoryId',
  'quoteText',
  'quoteAuthor',
  'quoteAuthorFunction',
  'body',
  'website',
  'city',
  'region',
  'street',
  'postalCode',
  'state',
  'lat',
  'lon',
  'sites',
]

function findCategoryId(tx: Tx | Db, slug: string): number | null {
  return (
    tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)).get()?.id ??
    null
  )
}

function ensureCategory(tx: Tx | Db, profile: ParsedProfile, at: Date): number {
  const existing = findCategoryId(tx, profile.categorySlug)
  if (existing !== null) return existing
  const next =
    (tx
      .select({ value: max(categories.sortOrder) })
      .from(categories)
      .get()?.value ?? 0) + 1
  return tx
    .insert(categories)
    .values({
      name: profile.categoryName,
      slug: profile.categorySlug,
      sortOrder: next,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: categories.id })
    .get().id
}

/** Decides (and unless dry-running, writes) one prepared profile. Synchronous: runs inside a transaction. */
export function apply(
  tx: Tx | Db,
  prepared: Extract<Prepared, { ok: true }>,
  options: ImportOptions,
  dryRun: boolean,
): ImportStatus {
  const { profile } = prepared
  const at = now()
  const current = tx.select().from(partners).where(eq(partners.slug, profile.slug)).get()
  const categoryId = dryRun
    ? findCategoryId(tx, profile.categorySlug)
    : ensureCategory(tx, profile, at)
  const fields = desiredFields(profile, categoryId, current)

  let logoChange: 'none' | 'keep' | 'new' = prepared.logo.kind
  if (prepared.logo.kind === 'none' && !current?.logoImageId) logoChange = 'keep'
  // Another file of this run may already have stored the same logo for this slug.
  if (
    logoChange === 'new' &&
    sameLogo(existingLogoHashes(tx, profile.slug), prepared.logoSourceSha)
  ) {
    logoChange = 'keep'
  }

  const englishBefore = current ? findTranslation(tx, 'partner', current.id) : null
  const english = profile.english
  const englishChanged =
    !!english &&
    (!englishBefore ||
      englishBefore.body !== english.body ||
      (englishBefore.quoteText ?? null) !== english.quoteText ||
      (englishBefore.quoteAuthorFunction ?? null) !== english.quoteAuthorFunction)
  const contentChanged =
    !current || COMPARED.some((key) => current[key] !== fields[key]) || logoChange !== 'keep'
  if (!contentChanged && !englishChanged) return 'unchanged'
  const status: ImportStatus = current ? 'updated' : 'created'
  if (dryRun) return status

  let logoImageId = current?.logoImageId ?? null
  if (logoChange === 'none') logoImageId = null
  if (logoChange === 'new' && prepared.logo.kind === 'new') {
    logoImageId = insertImage(tx, prepared.logo.image, {
      kind: 'logo',
      alt: `Logo ${profile.name}`,
      uploadedBy: options.actorId ?? null,
    })
  }

  const values = {
    ...fields,
    categoryId: fields.categoryId as number,
    sortName: germanSortKey(profile.name),
    logoImageId,
    updatedAt: at,
  }
  let id: number
  if (current && !contentChanged) {
    id = current.id
  } else if (current) {
    tx.update(partners).set(values).where(eq(partners.id, current.id)).run()
    id = current.id
    if (current.logoImageId !== logoImageId) deleteImageIfUnused(tx, current.logoImageId)
  } else {
    id = tx
      .insert(partners)
      .values({
        ...values,
        slug: profile.slug,
        status: 'published',
        publishedAt: at,
        createdAt: at,
      })
      .returning({ id: partners.id })
      .get().id
  }
  if (contentChanged) {
    const row = tx.select().from(partners).where(eq(partners.id, id)).get()
    recordRevision(tx, {
      entityType: 'partner',
      entityId: id,
      snapshot: { ...row, categoryName: profile.categoryName },
      authorId: options.actorId ?? null,
      source: 'import',
    })
    afterPartnerWrite(tx, id)
    invalidate(tx, cacheTags.partner(tx, id))
  }
  if (english && englishChanged) {
    // A new English version goes public like a new profile; an existing one keeps its status.
    saveTranslation(
      tx,
      'partner',
      id,
      {
        slug: null,
        title: '',
        lead: '',
        body: english.body,
        quoteText: english.quoteText,
        quoteAuthorFunction: english.quoteAuthorFunction,
        imageAlt: englishBefore?.imageAlt ?? null,
        linkLabels: [],
      },
      englishBefore ? null : { status: 'published' },
      { authorId: options.actorId ?? null, source: 'import' },
    )
  }
  return status
}
