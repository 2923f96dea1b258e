'use server'

import { deleteCategory, saveCategory } from '@/db/admin/categories'
import { guardedAction } from '@/db/auth/guard'
import { categorySchema } from '@/lib/validation/accounts'
import { deleteSchema } from '@/lib/validation/item-actions'

export const saveCategoryAction = guardedAction(
  { name: 'saveCategory', roles: ['admin'], schema: categorySchema },
  async (data) => {
    await saveCategory(data)
    return { ok: true, message: 'Kategorie gespeichert.', fieldErrors: {} }
  },
)

export const deleteCategoryAction = guardedAction(
  {
    name: 'deleteCategory',
    roles: ['admin'],
    schema: deleteSchema,
  },
  async ({ id }) => {
    await deleteCategory(id)
    return { ok: true, message: 'Kategorie gelöscht.', fieldErrors: {} }
  },
)
