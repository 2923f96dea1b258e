import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { autosaveFor } from '@/db/admin/autosave'
import { deleteEventAction, transitionEventAction } from '../actions'
import { EventForm } from '../event-form'
import { ItemActions } from '@/components/admin/item-actions'
import { PreviewPanel } from '@/components/admin/preview-panel'
import { listPreviewLinks } from '@/db/admin/preview-links'
import { ItemHeader } from '@/components/admin/item-header'
import { getEventForEdit } from '@/db/admin/events'
import { requirePageRole } from '@/db/auth/guard'
import { listNewsOptions, listPartnerOptions } from '@/db/admin/news'
import { instantToBerlinLocal } from '@/lib/dates'
import { isEditorial } from '@/lib/workflow'
import { LanguageTabs } from '@/components/admin/language-tabs'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('events')
  return { title: t('edit.title') }
}

export default async function EditEventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const user = await requirePageRole()
  const id = Number((await params).id)
  const item = Number.isSafeInteger(id) && id > 0 ? await getEventForEdit(id) : null
  if (!item) notFound()
  const editorial = isEditorial(user.role)
  const local = (instant: Date | null) =>
    instant
      ? item.allDay
        ? instantToBerlinLocal(instant).slice(0, 10)
        : instantToBerlinLocal(instant)
      : ''
  return (
    <div className="flex flex-col gap-5">
      <LanguageTabs
        germanHref={`/admin/events/${item.id}`}
        englishHref={`/admin/events/${item.id}/englisch`}
        current="de"
      />
      <ItemHeader
        title={item.title}
        status={item.status}
        publishAt={item.publishAt}
        saved={(await searchParams).gespeichert}
        reviewNote={item.reviewNote}
      />
      <div className="grid gap-5 xl:grid-cols-[1fr_18rem]">
        <EventForm
          autosave={await autosaveFor('event', item.id)}
          role={user.role}
          status={item.status}
          publishAt={item.publishAt ? instantToBerlinLocal(item.publishAt) : ''}
          partnerOptions={editorial ? await listPartnerOptions() : null}
          newsOptions={editorial ? await listNewsOptions() : null}
          defaultValues={{
            id: item.id,
            title: item.title,
            slug: item.slug,
            summary: item.summary,
            body: item.body,
            start: local(item.startsAt),
            end: local(item.endsAt),
            allDay: item.allDay,
            venueName: item.venueName ?? '',
            venueAddress: item.venueAddress ?? '',
            onlineUrl: item.onlineUrl ?? '',
            registrationUrl: item.registrationUrl ?? '',
            contactName: item.contactName ?? '',
            contactRole: item.contactRole ?? '',
            contactPhone: item.contactPhone ?? '',
            contactEmail: item.contactEmail ?? '',
            organizerPartnerId: item.organizerPartnerId ? String(item.organizerPartnerId) : '',
            reportNewsId: item.reportNewsId ? String(item.reportNewsId) : '',
          }}
        />
        <div className="flex flex-col gap-5">
          <ItemActions
            id={item.id}
            role={user.role}
            status={item.status}
            publicHref={item.status === 'published' ? `/veranstaltungen/${item.slug}` : null}
            versionsHref={`/admin/events/${item.id}/versionen`}
            transition={transitionEventAction}
            remove={deleteEventAction}
          />
          <PreviewPanel
            href={`/vorschau/termine/${item.id}`}
            links={{ kind: 'event', id: item.id, rows: await listPreviewLinks('event', item.id) }}
          />
        </div>
      </div>
    </div>
  )
}
