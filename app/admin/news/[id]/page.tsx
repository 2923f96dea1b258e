import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { autosaveFor } from '@/db/admin/autosave'
import { listPhotoOptions } from '@/db/admin/media'
import { deleteNewsAction, transitionNewsAction } from '../actions'
import { NewsForm } from '../news-form'
import { ItemActions } from '@/components/admin/item-actions'
import { PreviewPanel } from '@/components/admin/preview-panel'
import { listPreviewLinks } from '@/db/admin/preview-links'
import { ItemHeader } from '@/components/admin/item-header'
import { requirePageRole } from '@/db/auth/guard'
import { getNewsForEdit, listPartnerOptions } from '@/db/admin/news'
import { instantToBerlinLocal } from '@/lib/dates'
import { isEditorial } from '@/lib/workflow'
import { LanguageTabs } from '@/components/admin/language-tabs'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('news')
  return { title: t('edit.title') }
}

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
      <LanguageTabs
        germanHref={`/admin/news/${item.id}`}
        englishHref={`/admin/news/${item.id}/englisch`}
        current="de"
      />
      <ItemHeader
        title={item.title}
        status={item.status}
        publishAt={item.publishAt}
        saved={saved}
        reviewNote={item.reviewNote}
      />
      <div className="grid gap-5 xl:grid-cols-[1fr_18rem]">
        <NewsForm
          autosave={await autosaveFor('news', item.id)}
          imageLibrary={isEditorial(user.role) ? await listPhotoOptions() : undefined}
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
        <div className="flex flex-col gap-5">
          <ItemActions
            id={item.id}
            role={user.role}
            status={item.status}
            publicHref={item.status === 'published' ? `/aktuelles/${item.slug}` : null}
            versionsHref={`/admin/news/${item.id}/versionen`}
            transition={transitionNewsAction}
            remove={deleteNewsAction}
          />
          <PreviewPanel
            href={`/vorschau/news/${item.id}`}
            links={{
              kind: 'news',
              id: item.id,
              rows: await listPreviewLinks('news', item.id),
            }}
          />
        </div>
      </div>
    </div>
  )
}
