'use server'

import { guardedAction } from '@/db/auth/guard'
import { saveTranslationAdmin, withdrawTranslation } from '@/db/admin/translations'
import { englishAdminPath } from '@/lib/translation-kinds'
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
