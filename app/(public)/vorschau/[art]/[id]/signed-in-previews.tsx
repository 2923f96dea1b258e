import { EventBody } from '@/components/pages/event-page'
import { InfoPageBody } from '@/components/pages/info-page'
import { PartnerBody } from '@/components/pages/partner-page'
import { getEventPreview } from '@/db/admin/preview-event'
import { getPagePreview } from '@/db/admin/preview-page'
import { getPartnerPreview } from '@/db/admin/preview-partner'
import { STATUS_LABELS } from '@/lib/workflow'
import type { ContentStatus } from '@/lib/domain'

/*
 * The previews of events, partner profiles and pages for someone signed in: each data function
 * checks that the caller may edit the item; here only the banner's words and the public body.
 */

export type SignedInPreview = { detail: string; body: React.ReactNode }

const UNSAVED = 'Ungespeicherte Änderungen sind enthalten.'

function statusText(status: string) {
  return `Status: ${STATUS_LABELS[status as ContentStatus] ?? status}.`
}

export const SIGNED_IN_PREVIEWS: Record<string, (id: number) => Promise<SignedInPreview>> = {
  termine: async (id) => {
    const preview = await getEventPreview(id)
    return {
      detail: [statusText(preview.status), preview.unsaved ? UNSAVED : ''].join(' ').trim(),
      body: <EventBody event={preview.event} locale="de" />,
    }
  },
  partner: async (id) => {
    const preview = await getPartnerPreview(id)
    return {
      detail: [
        statusText(preview.status),
        preview.proposal
          ? 'Ihre eingereichte Änderung ist enthalten; öffentlich wird sie erst nach der Prüfung durch die Redaktion.'
          : '',
        preview.unsaved ? UNSAVED : '',
      ]
        .join(' ')
        .trim(),
      body: <PartnerBody partner={preview.profile} locale="de" />,
    }
  },
  seiten: async (id) => {
    const preview = await getPagePreview(id)
    return {
      detail: preview.unsaved ? UNSAVED : 'So sieht die gespeicherte Seite aus.',
      body: <InfoPageBody page={preview.page} locale="de" />,
    }
  },
}
