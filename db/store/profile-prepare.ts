import 'server-only'
import { eq } from 'drizzle-orm'
import type { Db } from '../client'
import { images, partners } from '../schema'
import type { Tx } from '../tx'
import type { ImportSource } from './profile-import'
import { ImageError, processImage, sha256, type ProcessedImage } from '@/lib/images'
import { parseProfile, type ParsedProfile } from '@/lib/import/profile'

/*
 * The reading half of a profile import: parses and validates one file and decodes its logo,
 * outside any transaction, so the slow work can run several files at once.
 */

type LogoPlan =
  | { kind: 'none' } // the file names no logo: the profile has none
  | { kind: 'keep' } // logo missing or unreadable, or identical: leave the stored one alone
  | { kind: 'new'; image: ProcessedImage }

export type Prepared =
  | { ok: false; reason: string }
  | {
      ok: true
      profile: ParsedProfile
      logo: LogoPlan
      logoSourceSha: string | null
      warnings: string[]
    }

export function existingLogoHashes(
  db: Db | Tx,
  slug: string,
): { sha: string; source: string } | null {
  return (
    db
      .select({ sha: images.sha256, source: images.sourceSha256 })
      .from(partners)
      .innerJoin(images, eq(images.id, partners.logoImageId))
      .where(eq(partners.slug, slug))
      .get() ?? null
  )
}

export function sameLogo(
  stored: { sha: string; source: string } | null,
  sourceSha: string | null,
): boolean {
  return !!stored && !!sourceSha && (stored.source === sourceSha || stored.sha === sourceSha)
}

export async function prepare(db: Db, source: ImportSource): Promise<Prepared> {
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
