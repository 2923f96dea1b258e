import 'server-only'
import { eq } from 'drizzle-orm'
import { getDb } from '../client'
import { requireRole, UserError } from '../auth/guard'
import { pages } from '../schema'
import { unsavedFields } from './preview-overlay'
import { publicPageOf } from '../public/pages'
import { pageFormSchema } from '@/lib/validation/page'

/*
 * "Vorschau" of an info page (Impressum, Datenschutz, …): the page as saved with the admin's
 * unsaved changes, as visitors would see it once saved. Pages are kept by admins only.
 */

export async function getPagePreview(id: number) {
  await requireRole('admin')
  const db = getDb()
  const saved = db.select().from(pages).where(eq(pages.id, id)).get()
  if (!saved) throw new UserError('Diese Seite gibt es nicht (mehr).')
  const typed = await unsavedFields('page', id, pageFormSchema.shape)
  return { unsaved: !!typed, page: publicPageOf(db, { ...saved, ...typed }, 'de') }
}
