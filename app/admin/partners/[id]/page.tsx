import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { autosaveFor } from '@/db/admin/autosave'
import { deletePartnerAction, transitionPartnerAction } from '../actions'
import { PartnerForm } from '../partner-form'
import { ItemActions } from '@/components/admin/item-actions'
import { PreviewPanel } from '@/components/admin/preview-panel'
import { ItemHeader } from '@/components/admin/item-header'
import { requirePageRole } from '@/db/auth/guard'
import { getAdminTranslations } from '@/lib/i18n/admin'
import { getPartnerForEdit, listCategoryOptions } from '@/db/admin/partners'
import { instantToBerlinLocal } from '@/lib/dates'
import { LanguageTabs } from '@/components/admin/language-tabs'
import { locationFormValues, parseStoredSites } from '@/lib/validation/location'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('partners')
  return { title: t('editTitle') }
}

export default async function EditPartnerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const user = await requirePageRole('editor', 'admin')
  const id = Number((await params).id)
  const partner = Number.isSafeInteger(id) && id > 0 ? await getPartnerForEdit(id) : null
  if (!partner) notFound()
  return (
    <div className="flex flex-col gap-5">
      <LanguageTabs
        germanHref={`/admin/partners/${partner.id}`}
        englishHref={`/admin/partners/${partner.id}/englisch`}
        current="de"
      />
      <ItemHeader
        title={partner.name}
        status={partner.status}
        publishAt={partner.publishAt}
        saved={(await searchParams).gespeichert}
      />
      <div className="grid gap-5 xl:grid-cols-[1fr_18rem]">
        <PartnerForm
          autosave={await autosaveFor('partner', partner.id)}
          status={partner.status}
          publishAt={partner.publishAt ? instantToBerlinLocal(partner.publishAt) : ''}
          categories={await listCategoryOptions()}
          defaultValues={{
            id: partner.id,
            name: partner.name,
            slug: partner.slug,
            categoryId: String(partner.categoryId),
            website: partner.website ?? '',
            region: partner.region ?? '',
            ...locationFormValues(partner, parseStoredSites(partner.sites)),
            quoteText: partner.quoteText ?? '',
            quoteAuthor: partner.quoteAuthor ?? '',
            quoteAuthorFunction: partner.quoteAuthorFunction ?? '',
            body: partner.body,
            imageId: partner.logo?.id ?? '',
            imageAlt: partner.logo?.alt ?? '',
          }}
        />
        <div className="flex flex-col gap-5">
          <ItemActions
            id={partner.id}
            role={user.role}
            status={partner.status}
            publicHref={partner.status === 'published' ? `/partner/${partner.slug}` : null}
            versionsHref={`/admin/partners/${partner.id}/versionen`}
            transition={transitionPartnerAction}
            remove={deletePartnerAction}
          />
          <PreviewPanel href={`/vorschau/partner/${partner.id}`} />
        </div>
      </div>
    </div>
  )
}
