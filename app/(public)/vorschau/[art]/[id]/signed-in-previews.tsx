import { EventBody } from '@/components/pages/event-page'
import { InfoPageBody } from '@/components/pages/info-page'
import { PartnerBody } from '@/components/pages/partner-page'
import { getEventPreview } from '@/db/admin/preview-event'
import { getPagePreview } from '@/db/admin/preview-page'
import { getPartnerPreview } from '@/db/admin/preview-partner'
import { CONTENT_STATUSES } from '@/lib/domain'
import { getAdminTranslations } from '@/lib/i18n/admin'

/*
 * The previews of events, partner profiles and pages for someone signed in: each data function
 * checks that the caller may edit the item; here only the banner's words and the public body.
 */

export type SignedInPreview = { detail: string; body: React.ReactNode }

/** "Status: Entwurf." in the viewer's interface language (an unknown status as it is). */
export async function statusText(status: string): Promise<string> {
  const t = await getAdminTranslations('preview')
  const labels = await getAdminTranslations('common.status')
  const known = (CONTENT_STATUSES as readonly string[]).includes(status)
  return t('status', { status: known ? labels(status) : status })
}

export const SIGNED_IN_PREVIEWS: Record<string, (id: number) => Promise<SignedInPreview>> = {
  termine: async (id) => {
    const preview = await getEventPreview(id)
    const t = await getAdminTranslations('preview')
    return {
      detail: [await statusText(preview.status), preview.unsaved ? t('unsaved') : '']
        .join(' ')
        .trim(),
      body: <EventBody event={preview.event} locale="de" />,
    }
  },
  partner: async (id) => {
    const preview = await getPartnerPreview(id)
    const t = await getAdminTranslations('preview')
    return {
      detail: [
        await statusText(preview.status),
        preview.proposal ? t('proposal') : '',
        preview.unsaved ? t('unsaved') : '',
      ]
        .join(' ')
        .trim(),
      body: <PartnerBody partner={preview.profile} locale="de" />,
    }
  },
  seiten: async (id) => {
    const preview = await getPagePreview(id)
    const t = await getAdminTranslations('preview')
    return {
      detail: preview.unsaved ? t('unsaved') : t('savedPage'),
      body: <InfoPageBody page={preview.page} locale="de" />,
    }
  },
}
