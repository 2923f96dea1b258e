import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { deleteNewsAction, transitionNewsAction } from '../actions'
import { NewsForm } from '../news-form'
import { ItemActions } from '@/components/admin/item-actions'
import { SavedNotice } from '@/components/admin/saved-notice'
import { StatusBadge } from '@/components/admin/status-badge'
import { requirePageRole } from '@/db/guard'
import { getNewsForEdit, listPartnerOptions } from '@/db/news-admin'
import { formatTimestamp, instantToBerlinLocal } from '@/lib/dates'
import { isEditorial } from '@/lib/workflow'

export const metadata: Metadata = { title: 'Meldung bearbeiten' }

export default async function EditNewsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const user = await requirePageRole()
  const id = Number((await params).id)
  const item = Number.isSafeInteger(id) && id > 0 ? await getNewsForEdit(id) : null
  if (!item) notFound()
  const saved = (await searchParams).gespeichert
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-900">{item.title}</h1>
        <StatusBadge status={item.status} />
        {item.status === 'scheduled' && item.publishAt ? (
          <span className="text-sm text-muted">
            geht online am {formatTimestamp(item.publishAt)}
          </span>
        ) : null}
      </div>
      <SavedNotice value={saved} />
      {item.reviewNote && item.status === 'draft' ? (
        <p
          role="note"
          className="rounded border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950"
        >
          Anmerkung der Redaktion: {item.reviewNote}
        </p>
      ) : null}
      <div className="grid gap-5 xl:grid-cols-[1fr_18rem]">
        <NewsForm
          role={user.role}
          status={item.status}
          publishAt={item.publishAt ? instantToBerlinLocal(item.publishAt) : ''}
          partnerOptions={isEditorial(user.role) ? await listPartnerOptions() : null}
          defaultValues={{
            id: item.id,
            title: item.title,
            slug: item.slug,
            lead: item.lead,
            body: item.body,
            place: item.place ?? '',
            date: item.date,
            imageId: item.image?.id ?? '',
            imageAlt: item.image?.alt ?? '',
            imageCredit: item.image?.credit ?? '',
            contactName: item.contactName ?? '',
            contactRole: item.contactRole ?? '',
            contactOrganisation: item.contactOrganisation ?? '',
            contactPhone: item.contactPhone ?? '',
            contactEmail: item.contactEmail ?? '',
            links: item.links,
            partnerIds: item.partnerIds.map(String),
            tags: item.tagNames.join(', '),
          }}
        />
        <ItemActions
          id={item.id}
          role={user.role}
          status={item.status}
          publicHref={item.status === 'published' ? `/aktuelles/${item.slug}` : null}
          versionsHref={`/admin/news/${item.id}/versionen`}
          transition={transitionNewsAction}
          remove={deleteNewsAction}
        />
      </div>
    </div>
  )
}
