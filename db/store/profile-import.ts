import 'server-only'
import type { Db } from '../client'
import { recordAudit } from './journal'
import { writeTransaction } from '../tx'
import { apply } from './profile-apply'
import { prepare, type Prepared } from './profile-prepare'

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
