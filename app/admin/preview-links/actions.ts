'use server'

import { guardedAction } from '@/db/auth/guard'
import { createPreviewLink, revokePreviewLink } from '@/db/admin/preview-links'
import { createPreviewLinkSchema, revokePreviewLinkSchema } from '@/lib/validation/preview-link'

/** A partner may make links only for its own proposals: the data function checks the item. */
export const createPreviewLinkAction = guardedAction(
  {
    name: 'createPreviewLink',
    roles: ['admin', 'editor', 'partner'],
    schema: createPreviewLinkSchema,
  },
  async ({ kind, id, days }) => {
    const path = await createPreviewLink(kind, id, days)
    return { ok: true, message: null, fieldErrors: {}, data: { link: path } }
  },
)

export const revokePreviewLinkAction = guardedAction(
  {
    name: 'revokePreviewLink',
    roles: ['admin', 'editor', 'partner'],
    schema: revokePreviewLinkSchema,
  },
  async ({ linkId }) => {
    const item = await revokePreviewLink(linkId)
    const section = item.type === 'news' ? 'news' : 'events'
    return { redirectTo: `/admin/${section}/${item.id}?vorschau=widerrufen` }
  },
)
