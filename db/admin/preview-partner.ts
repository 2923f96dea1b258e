import 'server-only'
import { eq } from 'drizzle-orm'
import type { z } from 'zod'
import { getDb } from '../client'
import { Forbidden, requireUser, UserError } from '../auth/guard'
import { categories, images } from '../schema'
import { partnerSnapshot } from '../store/partners'
import { unsavedFields } from './preview-overlay'
import { getOwnProfile } from './submissions'
import { partnerProfileOf } from '../public/partner-profile'
import { storedSites } from '@/lib/validation/location'
import { partnerFormSchema, profileFormSchema } from '@/lib/validation/partner'
import { isEditorial } from '@/lib/workflow'

/*
 * "Vorschau" of a partner profile as its public page will show it. Editors see the profile as
 * saved with their unsaved changes; a partner account sees only its own organisation's profile,
 * as it would be once its proposal is approved: the pending proposal, then its unsaved changes.
 */

type Saved = NonNullable<ReturnType<typeof partnerSnapshot>>
type Changes = Partial<z.output<typeof partnerFormSchema>>
/** What a preview holds beyond the saved profile. */
export type PartnerPreviewExtras = { proposal: boolean; unsaved: boolean }

/** What the preview is made of, and whether it holds a proposal or unsaved changes. */
async function changesFor(
  id: number,
): Promise<{ saved: Saved; changes: Changes; extras: PartnerPreviewExtras }> {
  const user = await requireUser()
  if (isEditorial(user.role)) {
    const saved = partnerSnapshot(getDb(), id)
    if (!saved) throw new UserError('Diesen Partner gibt es nicht (mehr).')
    const typed = await unsavedFields('partner', id, partnerFormSchema.shape)
    return { saved, changes: typed ?? {}, extras: { proposal: false, unsaved: !!typed } }
  }
  // A partner: its own profile only, the organisation taken from the session.
  if (user.role !== 'partner' || !user.partnerId || user.partnerId !== id) throw new Forbidden()
  const own = await getOwnProfile()
  const saved = partnerSnapshot(getDb(), id)
  if (!saved) throw new UserError('Ihre Organisation gibt es nicht (mehr).')
  const typed = await unsavedFields('profile', null, profileFormSchema.shape)
  const proposal = own.pending?.data ?? {}
  return {
    saved,
    changes: { ...proposal, ...typed },
    extras: { proposal: !!own.pending, unsaved: !!typed },
  }
}

export async function getPartnerPreview(id: number) {
  const { saved, changes, extras } = await changesFor(id)
  const db = getDb()
  const merged = { ...saved, ...changes }
  const category = db
    .select({ slug: categories.slug, name: categories.name })
    .from(categories)
    .where(eq(categories.id, merged.categoryId))
    .get()
  // '' removes the logo; no value keeps the saved one. The alt text typed with it is shown.
  const logoId = changes.imageId === '' ? null : (changes.imageId ?? saved.logoImageId)
  const logo = logoId
    ? db
        .select({ id: images.id, width: images.width, height: images.height, alt: images.alt })
        .from(images)
        .where(eq(images.id, logoId))
        .get()
    : undefined
  const quoteText = merged.quoteText
  const profile = partnerProfileOf(
    db,
    {
      ...merged,
      sites: changes.sites ? storedSites(changes.sites) : saved.sites,
      quoteAuthor: quoteText ? merged.quoteAuthor : null,
      quoteAuthorFunction: quoteText ? merged.quoteAuthorFunction : null,
      categorySlug: category?.slug ?? '',
      categoryName: category?.name ?? saved.categoryName ?? '',
      logoId: logo?.id ?? null,
      logoWidth: logo?.width ?? null,
      logoHeight: logo?.height ?? null,
      logoAlt: logo ? (changes.imageAlt?.trim() ?? logo.alt) : null,
    },
    'de',
  )
  return { status: saved.status, ...extras, profile }
}
