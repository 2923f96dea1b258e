import 'server-only'
import { eq } from 'drizzle-orm'
import { getDb } from '../client'
import { FieldError, requireRole, UserError } from '../auth/guard'
import { assertEnglishSlugFree, loadOriginal } from './translations'
import { recordAudit } from '../store/journal'
import { findTranslation, saveTranslation, translationSnapshot } from '../store/translations'
import { translations } from '../schema'
import { writeTransaction } from '../tx'
import { findVersion, listVersions } from '../store/versions'
import { hasField, TRANSLATION_KINDS } from '@/lib/translation-kinds'
import type { TranslatableType } from '@/lib/validation/translation'
import { isEditorial } from '@/lib/workflow'

/*
 * "Versionen" of an English version: every save of a translation left a snapshot (entity type
 * `translation`, keyed by the translation's own id). Who may see them is who may edit the
 * English version; restoring is for the editorial team (admins alone for pages and categories,
 * as in ./translations.ts), is itself a save with its own revision, and keeps the status.
 */

export async function listTranslationRevisions(type: TranslatableType, entityId: number) {
  const loaded = await loadOriginal(type, entityId)
  if (!loaded) return null
  const db = getDb()
  const row = findTranslation(db, type, entityId)
  if (!row) return null
  const current = translationSnapshot(db, row.id)!
  const rows = listVersions(db, 'translation', row.id)
  return {
    german: loaded.german,
    canRestore: isEditorial(loaded.user.role),
    current: current as Record<string, unknown>,
    revisions: rows,
  }
}

/** Restores a snapshot of an English version as its current text; returns the item it belongs to. */
export async function restoreTranslationRevision(
  revisionId: number,
): Promise<{ type: TranslatableType; entityId: number }> {
  const editor = await requireRole('editor', 'admin')
  const db = getDb()
  const revision = findVersion(db, 'translation', revisionId)
  const current = revision
    ? db.select().from(translations).where(eq(translations.id, revision.entityId)).get()
    : undefined
  if (!revision || !current) throw new UserError('Diese Version gibt es nicht.')
  const type = current.entityType
  // The same rule as editing the English version (pages and categories: admins only).
  const loaded = await loadOriginal(type, current.entityId)
  if (!loaded) throw new UserError(`Diese ${TRANSLATION_KINDS[type].noun} gibt es nicht (mehr).`)
  const snapshot = JSON.parse(revision.snapshot) as Record<string, unknown>
  const str = (key: string) =>
    typeof snapshot[key] === 'string' ? (snapshot[key] as string) : null
  // A slug another item took in the meantime stays as it is now.
  let slug = hasField(type, 'slug') ? (str('slug') ?? current.slug) : null
  if (slug && slug !== current.slug) {
    try {
      assertEnglishSlugFree(type, slug, current.entityId)
    } catch (error) {
      if (!(error instanceof FieldError)) throw error
      slug = current.slug
    }
  }
  const labels = Array.isArray(snapshot.linkLabels) ? snapshot.linkLabels.map(String) : []
  writeTransaction(db, (tx) => {
    saveTranslation(
      tx,
      type,
      current.entityId,
      {
        slug,
        title: str('title') ?? current.title,
        lead: str('lead') ?? '',
        body: str('body') ?? '',
        quoteText: str('quoteText'),
        quoteAuthorFunction: str('quoteAuthorFunction'),
        imageAlt: str('imageAlt'),
        linkLabels: labels,
      },
      null,
      { authorId: editor.id, source: 'restore' },
    )
    recordAudit(tx, {
      action: 'translation.restore',
      actorId: editor.id,
      actorEmail: editor.email,
      entityType: type,
      entityId: current.entityId,
      details: { locale: 'en', revisionId, title: str('title') || loaded.german.title },
    })
  })
  return { type, entityId: current.entityId }
}
