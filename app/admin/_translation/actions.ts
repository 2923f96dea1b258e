'use server'

import { guardedAction } from '@/db/auth/guard'
import { reviewTranslation } from '@/db/admin/translation-review'
import { restoreTranslationRevision } from '@/db/admin/translation-revisions'
import { saveTranslationAdmin, withdrawTranslation } from '@/db/admin/translations'
import { englishAdminPath } from '@/lib/translation-kinds'
import { itemReviewSchema, restoreSchema } from '@/lib/validation/item-actions'
import { translationActionSchema, translationWithdrawSchema } from '@/lib/validation/translation'

/*
 * The English tab of every kind of content. Partners may call the save (for their own news and
 * events); which items a role may translate is checked in db/admin/translations.ts.
 */

export const saveTranslationAction = guardedAction(
  {
    name: 'saveTranslation',
    roles: ['admin', 'editor', 'partner'],
    schema: translationActionSchema,
    arrayKeys: ['linkLabels'],
  },
  async (data) => {
    const entityId = await saveTranslationAdmin(data)
    return {
      redirectTo: `${englishAdminPath(data.entityType, entityId)}?gespeichert=${data.intent}`,
    }
  },
)

export const withdrawTranslationAction = guardedAction(
  {
    name: 'withdrawTranslation',
    roles: ['admin', 'editor'],
    schema: translationWithdrawSchema,
  },
  async ({ entityType, entityId }) => {
    await withdrawTranslation(entityType, entityId)
    return { redirectTo: `${englishAdminPath(entityType, entityId)}?gespeichert=withdraw` }
  },
)

/** An editor's decision on a partner's English version in the review queue. */
export const reviewTranslationAction = guardedAction(
  {
    name: 'reviewTranslation',
    roles: ['admin', 'editor'],
    schema: itemReviewSchema,
  },
  async ({ id, revisionId, decision, note }) => {
    await reviewTranslation(id, revisionId, decision, note || null)
    return { redirectTo: '/admin/review?erledigt=1' }
  },
)

export const restoreTranslationRevisionAction = guardedAction(
  {
    name: 'restoreTranslationRevision',
    roles: ['admin', 'editor'],
    schema: restoreSchema,
  },
  async ({ revisionId }) => {
    const { type, entityId } = await restoreTranslationRevision(revisionId)
    return { redirectTo: `${englishAdminPath(type, entityId)}?gespeichert=restore` }
  },
)
