'use server'

import { guardedAction } from '@/db/auth/guard'
import { deletePage, savePage } from '@/db/admin/pages'
import { restoreRevision } from '@/db/admin/revisions'
import { pageFormSchema } from '@/lib/validation/page'
import { deleteSchema, restoreSchema } from '@/lib/validation/item-actions'

export const savePageAction = guardedAction(
  { name: 'savePage', roles: ['admin'], schema: pageFormSchema },
  async (data) => {
    const savedId = await savePage(data)
    return { redirectTo: `/admin/pages/${savedId}?gespeichert=save` }
  },
)

export const deletePageAction = guardedAction(
  {
    name: 'deletePage',
    roles: ['admin'],
    schema: deleteSchema,
  },
  async ({ id: pageId }) => {
    await deletePage(pageId)
    return { redirectTo: '/admin/pages?geloescht=1' }
  },
)

export const restorePageRevisionAction = guardedAction(
  { name: 'restorePageRevision', roles: ['admin'], schema: restoreSchema },
  async ({ revisionId }) => {
    const entityId = await restoreRevision('page', revisionId)
    return { redirectTo: `/admin/pages/${entityId}?gespeichert=restore` }
  },
)
