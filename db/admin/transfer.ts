import 'server-only'
import path from 'node:path'
import { and, asc, eq } from 'drizzle-orm'
import { unzipSync, zipSync } from 'fflate'
import { getDb } from '../client'
import { requireRole, UserError } from '../auth/guard'
import { categories, images, partners, translations } from '../schema'
import { importProfiles, type ImportSource } from '../store/profile-import'
import { partnersCsv, profileMarkdown, type ExportPartner } from '@/lib/export-format'
import { parseStoredSites } from '@/lib/validation/location'
import { isProfileFileName } from '@/lib/import/profile'
import { SITE } from '@/lib/site'

/*
 * Import and export of partner profiles for admins. Uploaded files are imported from memory:
 * a logo path in a profile can only reach other uploaded files, never the server's disk.
 */

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024
const MAX_FILES = 20_000

export type UploadedFile = { path: string; bytes: Uint8Array }

function normalise(name: string): string | null {
  const clean = path.posix.normalize(name.replace(/\\/g, '/')).replace(/^\/+/, '')
  return clean.startsWith('..') || clean === '.' || clean.includes('\0') ? null : clean
}

/** Expands zip files among the uploads; paths are normalised and kept inside the upload. */
export function collectUploads(files: UploadedFile[]): UploadedFile[] {
  const result: UploadedFile[] = []
  let total = 0
  for (const file of files) {
    if (/\.zip$/i.test(file.path)) {
      let entries: Record<string, Uint8Array>
      try {
        entries = unzipSync(file.bytes, {
          filter: (entry) => entry.originalSize <= 10 * 1024 * 1024 && !entry.name.endsWith('/'),
        })
      } catch {
        throw new UserError(`„${file.path}“ ist kein lesbares ZIP-Archiv.`)
      }
      for (const [name, bytes] of Object.entries(entries)) {
        total += bytes.byteLength
        const clean = normalise(name)
        if (clean && !clean.startsWith('__MACOSX/')) result.push({ path: clean, bytes })
      }
    } else {
      total += file.bytes.byteLength
      const clean = normalise(file.path)
      if (clean) result.push({ path: clean, bytes: file.bytes })
    }
    if (total > 4 * MAX_UPLOAD_BYTES || result.length > MAX_FILES)
      throw new UserError('Das Archiv ist zu groß.')
  }
  return result
}

export async function importUploads(files: UploadedFile[], dryRun: boolean) {
  const admin = await requireRole('admin')
  const all = collectUploads(files)
  const byPath = new Map(all.map((file) => [file.path, file.bytes]))
  const sources: ImportSource[] = all
    .filter((file) => isProfileFileName(file.path))
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((file) => ({
      name: file.path,
      bytes: file.bytes,
      readRelative: async (relative: string) => {
        const target = normalise(path.posix.join(path.posix.dirname(file.path), relative))
        return target ? (byPath.get(target) ?? null) : null
      },
    }))
  if (sources.length === 0)
    throw new UserError('Keine Profildateien (.md, .markdown, .txt) gefunden.')
  return importProfiles(getDb(), sources, { dryRun, actorId: admin.id, actorEmail: admin.email })
}

async function exportRows(): Promise<{ rows: ExportPartner[]; logos: Map<string, Uint8Array> }> {
  await requireRole('admin')
  const db = getDb()
  const rows = db
    .select({
      id: partners.id,
      name: partners.name,
      slug: partners.slug,
      category: categories.name,
      website: partners.website,
      city: partners.city,
      region: partners.region,
      street: partners.street,
      postalCode: partners.postalCode,
      state: partners.state,
      lat: partners.lat,
      lon: partners.lon,
      sites: partners.sites,
      quoteText: partners.quoteText,
      quoteAuthor: partners.quoteAuthor,
      quoteAuthorFunction: partners.quoteAuthorFunction,
      body: partners.body,
      status: partners.status,
      updatedAt: partners.updatedAt,
      logoId: partners.logoImageId,
    })
    .from(partners)
    .innerJoin(categories, eq(categories.id, partners.categoryId))
    .orderBy(asc(partners.sortName))
    .all()
  const logos = new Map<string, Uint8Array>()
  const english = new Map(
    db
      .select()
      .from(translations)
      .where(and(eq(translations.entityType, 'partner'), eq(translations.locale, 'en')))
      .all()
      .map((row) => [row.entityId, row]),
  )
  const result = rows.map(({ logoId, id, sites, ...row }) => {
    let logoFile: string | null = null
    if (logoId) {
      const image = db.select({ data: images.data }).from(images).where(eq(images.id, logoId)).get()
      if (image) {
        logoFile = `${row.slug.replace('/', '--')}.webp`
        logos.set(logoFile, new Uint8Array(image.data))
      }
    }
    const tr = english.get(id)
    return {
      ...row,
      sites: parseStoredSites(sites),
      logoFile,
      english: tr
        ? { body: tr.body, quoteText: tr.quoteText, quoteAuthorFunction: tr.quoteAuthorFunction }
        : null,
    }
  })
  return { rows: result, logos }
}

export async function exportPartners(
  format: 'csv' | 'json' | 'zip',
): Promise<{ body: Uint8Array | string; type: string; name: string }> {
  await requireRole('admin')
  const { rows, logos } = await exportRows()
  const stamp = new Date().toISOString().slice(0, 10)
  if (format === 'csv')
    return {
      body: partnersCsv(rows, SITE.url),
      type: 'text/csv; charset=utf-8',
      name: `partner-${stamp}.csv`,
    }
  if (format === 'json') {
    return {
      body: JSON.stringify(
        rows.map(({ logoFile, ...row }) => ({
          ...row,
          logo: logoFile ? `logos/${logoFile}` : null,
          url: `${SITE.url}/partner/${row.slug}`,
        })),
        null,
        2,
      ),
      type: 'application/json; charset=utf-8',
      name: `partner-${stamp}.json`,
    }
  }
  const files: Record<string, Uint8Array> = {}
  const encoder = new TextEncoder()
  for (const row of rows)
    files[`${row.slug.replace('/', '--')}.md`] = encoder.encode(profileMarkdown(row))
  for (const [name, bytes] of logos) files[`logos/${name}`] = bytes
  return {
    body: zipSync(files, { level: 6 }),
    type: 'application/zip',
    name: `partner-${stamp}.zip`,
  }
}
