'use server'

import { z } from 'zod'
import { deleteCategory, saveCategory } from '@/db/categories-admin'
import { guardedAction } from '@/db/guard'
import { categorySchema } from '@/lib/validation/accounts'

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
    schema: z
      .object({
        id: z.coerce.number().int().positive(),
        confirm: z.literal('loeschen', { error: 'Bitte das Löschen bestätigen.' }),
      })
      .strict(),
  },
  async ({ id }) => {
    await deleteCategory(id)
    return { ok: true, message: 'Kategorie gelöscht.', fieldErrors: {} }
  },
)
