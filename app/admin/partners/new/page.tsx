import { requirePageRole } from '@/db/auth/guard'
import { autosaveFor } from '@/db/admin/autosave'
import type { Metadata } from 'next'
import { locationFormValues } from '@/lib/validation/location'
import { PartnerForm } from '../partner-form'
import { listCategoryOptions } from '@/db/admin/partners'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('partners')
  return { title: t('newTitle') }
}

export default async function NewPartnerPage() {
  await requirePageRole('editor', 'admin')
  const t = await getAdminTranslations('partners')
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-brand-900">{t('newTitle')}</h1>
      <PartnerForm
        autosave={await autosaveFor('partner', null)}
        status={null}
        publishAt=""
        categories={await listCategoryOptions()}
        defaultValues={{
          name: '',
          slug: '',
          categoryId: '',
          website: '',
          region: '',
          ...locationFormValues(
            { street: null, postalCode: null, city: null, state: null, lat: null, lon: null },
            [],
          ),
          quoteText: '',
          quoteAuthor: '',
          quoteAuthorFunction: '',
          body: '',
          imageId: '',
          imageAlt: '',
        }}
      />
    </div>
  )
}
