'use server'

import { z } from 'zod'
import { guardedAction } from '@/db/auth/guard'
import { deleteImage } from '@/db/admin/media'

/** Deleting an unused image from the media library; one in use is refused by deleteImage. */
export const deleteImageAction = guardedAction(
  {
    name: 'deleteImage',
    roles: ['admin', 'editor'],
    schema: z.object({ imageId: z.uuid({ error: 'Ungültiges Bild.' }) }).strict(),
  },
  async ({ imageId }) => {
    await deleteImage(imageId)
    return { redirectTo: '/admin/medien?geloescht=1' }
  },
)
