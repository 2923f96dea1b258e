'use server'

import { guardedAction } from '@/db/auth/guard'
import { parsePairs, saveAutosave } from '@/db/admin/autosave'
import { autosaveSchema } from '@/lib/validation/autosave'

/** Called by every content form a few seconds after typing stops (components/admin/autosave.tsx). */
export const autosaveAction = guardedAction(
  { name: 'autosave', roles: ['admin', 'editor', 'partner'], schema: autosaveSchema },
  async ({ kind, id, fields }) => {
    const saved = await saveAutosave(kind, id, parsePairs(fields))
    return {
      ok: true,
      message: null,
      fieldErrors: {},
      data: { id: String(saved.id), version: saved.version, savedAt: saved.savedAt.toISOString() },
    }
  },
)
