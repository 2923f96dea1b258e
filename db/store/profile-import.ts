import 'server-only'
import { eq, max } from 'drizzle-orm'
import type { Db } from '../client'
import { recordAudit, recordRevision } from './journal'
import { categories, images, partners } from '../schema'
import { writeTransaction, type Tx } from '../tx'
import { deleteImageIfUnused, insertImage } from './images'
import { invalidate } from '../cache/invalidate'
import { afterPartnerWrite } from './search-index'
import { TAGS } from '@/lib/cache-tags'
import { now } from '@/lib/clock'
import { ImageError, processImage, sha256, type ProcessedImage } from '@/lib/images'
import { parseProfile, type ParsedProfile } from '@/lib/import/profile'
import { germanSortKey } from '@/lib/slug'

/*
 * Imports partner profiles into the database. Each file is its own IMMEDIATE transaction, so a
 * crash leaves every file either fully imported or untouched, and the next run completes the rest.
 * The slug is the key: same content → unchanged, different content → updated, never duplicated.
 */

export type ImportSource = {
  /** How the file is named in the report (a relative path). */
  name: string
  bytes: Uint8Array
  /**
   * Reads a file relative to the profile (its logo); null when it does not exist, `refused` with
   * a reason when the file may not be read (outside the imported folders, not a regular file, …).
   */
  readRelative: (relativePath: string) => Promise<Uint8Array | null | { refused: string }>
}

export type ImportStatus = 'created' | 'updated' | 'unchanged' | 'failed'

export type ImportOutcome = {
  file: string
  status: ImportStatus
  slug?: string
  reason?: string
  warnings: string[]
}

export type ImportSummary = Record<ImportStatus, number>

export type ImportOptions = {
  dryRun?: boolean
  actorId?: number | null
  actorEmail?: string | null
  /** How many logos are decoded at once. */
  concurrency?: number
}

type LogoPlan =
  | { kind: 'none' } // the file names no logo: the profile has none
  | { kind: 'keep' } // logo missing or unreadable, or identical: leave the stored one alone
  | { kind: 'new'; image: ProcessedImage }

type Prepared =
  | { ok: false; reason: string }
  | {
      ok: true
      profile: ParsedProfile
      logo: LogoPlan
      logoSourceSha: string | null
      warnings: string[]
    }

function existingLogoHashes(db: Db | Tx, slug: string): { sha: string; source: string } | null {
  return (
    db
      .select({ sha: images.sha256, source: images.sourceSha256 })
      .from(partners)
      .innerJoin(images, eq(images.id, partners.logoImageId))
      .where(eq(partners.slug, slug))
      .get() ?? null
  )
}

function sameLogo(
  stored: { sha: string; source: string } | null,
  sourceSha: string | null,
): boolean {
  return !!stored && !!sourceSha && (stored.source === sourceSha || stored.sha === sourceSha)
}

async function prepare(db: Db, source: ImportSource): Promise<Prepared> {
  const parsed = parseProfile(source.bytes)
  if (!parsed.ok) return { ok: false, reason: parsed.reason }
  const { profile } = parsed
  const warnings = [...parsed.warnings]
  if (!profile.logo)
    return { ok: true, profile, logo: { kind: 'none' }, logoSourceSha: null, warnings }

  const bytes = await source.readRelative(profile.logo)
  if (!bytes || 'refused' in bytes) {
    warnings.push(
      bytes
        ? `Logo „${profile.logo}“ übersprungen: ${bytes.refused}`
        : `Logo-Datei „${profile.logo}“ nicht gefunden`,
    )
    return { ok: true, profile, logo: { kind: 'keep' }, logoSourceSha: null, warnings }
  }
  const sourceSha = sha256(bytes)
  if (sameLogo(existingLogoHashes(db, profile.slug), sourceSha)) {
    return { ok: true, profile, logo: { kind: 'keep' }, logoSourceSha: sourceSha, warnings }
  }
  try {
    const image = await processImage(bytes, 'logo')
    return { ok: true, profile, logo: { kind: 'new', image }, logoSourceSha: sourceSha, warnings }
  } catch (error) {
    const message = error instanceof ImageError ? error.message : 'Bild nicht lesbar.'
    warnings.push(`Logo „${profile.logo}“ übersprungen: ${message}`)
    return { ok: true, profile, logo: { kind: 'keep' }, logoSourceSha: null, warnings }
  }
}

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
function apply(
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

  const contentChanged =
    !current || COMPARED.some((key) => current[key] !== fields[key]) || logoChange !== 'keep'
  if (!contentChanged) return 'unchanged'
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
  if (current) {
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
  const row = tx.select().from(partners).where(eq(partners.id, id)).get()
  recordRevision(tx, {
    entityType: 'partner',
    entityId: id,
    snapshot: { ...row, categoryName: profile.categoryName },
    authorId: options.actorId ?? null,
    source: 'import',
  })
  afterPartnerWrite(tx, id)
  invalidate(tx, [TAGS.partners, TAGS.partner(id), TAGS.search])
  return status
}

/** Runs `task` over `items` with at most `limit` in flight, keeping results in input order. */
function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R>[] {
  const results: Promise<R>[] = []
  let active = 0
  const queue: (() => void)[] = []
  const release = () => {
    active--
    queue.shift()?.()
  }
  for (const item of items) {
    results.push(
      new Promise<void>((resolve) => {
        if (active < limit) resolve()
        else queue.push(resolve)
      }).then(async () => {
        active++
        try {
          return await task(item)
        } finally {
          release()
        }
      }),
    )
  }
  return results
}

export async function importProfiles(
  db: Db,
  sources: ImportSource[],
  options: ImportOptions = {},
  onOutcome?: (outcome: ImportOutcome) => void,
): Promise<{ outcomes: ImportOutcome[]; summary: ImportSummary }> {
  const dryRun = options.dryRun ?? false
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, failed: 0 }
  const outcomes: ImportOutcome[] = []
  const seenInDryRun = new Map<string, string>()
  const prepared = mapLimited(sources, options.concurrency ?? 4, (source) =>
    prepare(db, source).catch((): Prepared => ({
      ok: false,
      reason: 'Datei konnte nicht gelesen werden',
    })),
  )

  for (const [index, source] of sources.entries()) {
    const item = await prepared[index]!
    let outcome: ImportOutcome
    if (!item.ok) {
      outcome = { file: source.name, status: 'failed', reason: item.reason, warnings: [] }
    } else {
      try {
        const status = dryRun
          ? dryRunStatus(db, item, options, seenInDryRun)
          : writeTransaction(db, (tx) => apply(tx, item, options, false))
        outcome = { file: source.name, status, slug: item.profile.slug, warnings: item.warnings }
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : 'unbekannter Fehler'
        outcome = {
          file: source.name,
          status: 'failed',
          reason: `Speichern fehlgeschlagen: ${reason}`,
          warnings: item.warnings,
        }
      }
    }
    summary[outcome.status]++
    outcomes.push(outcome)
    onOutcome?.(outcome)
  }

  if (!dryRun && sources.length > 0) {
    recordAudit(db, {
      action: 'partners.import',
      actorId: options.actorId ?? null,
      actorEmail: options.actorEmail ?? null,
      entityType: 'partner',
      details: { files: sources.length, ...summary },
    })
  }
  return { outcomes, summary }
}

/**
 * What an import would do, without writing. A slug met earlier in the same dry run is compared
 * with that earlier file, as the real run would find it already written.
 */
function dryRunStatus(
  db: Db,
  item: Extract<Prepared, { ok: true }>,
  options: ImportOptions,
  seen: Map<string, string>,
): ImportStatus {
  const fingerprint = JSON.stringify([
    item.profile,
    item.logo.kind === 'new' ? item.logo.image.sourceSha256 : item.logo.kind,
  ])
  const earlier = seen.get(item.profile.slug)
  seen.set(item.profile.slug, fingerprint)
  if (earlier !== undefined) return earlier === fingerprint ? 'unchanged' : 'updated'
  return apply(db, item, options, true)
}

export function formatSummary(summary: ImportSummary): string {
  return `created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed}`
}
