import type { Metadata } from 'next'
import { NewsForm } from '../news-form'
import { autosaveFor } from '@/db/admin/autosave'
import { listPhotoOptions } from '@/db/admin/media'
import { listPartnerOptions } from '@/db/admin/news'
import { requirePageRole } from '@/db/auth/guard'
import { now } from '@/lib/clock'
import { berlinParts } from '@/lib/dates'
import { isEditorial } from '@/lib/workflow'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('news')
  return { title: t('new.title') }
}

export default async function NewNewsPage() {
  const user = await requirePageRole()
  const t = await getAdminTranslations('news')
  const today = berlinParts(now())
  const date = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-brand-900">
        {isEditorial(user.role) ? t('new.title') : t('new.propose')}
      </h1>
      {!isEditorial(user.role) ? <p className="text-muted">{t('new.proposalHint')}</p> : null}
      <NewsForm
        autosave={await autosaveFor('news', null, '/admin/news/')}
        imageLibrary={isEditorial(user.role) ? await listPhotoOptions() : undefined}
        role={user.role}
        status={null}
        publishAt=""
        partnerOptions={isEditorial(user.role) ? await listPartnerOptions() : null}
        defaultValues={{
          title: '',
          slug: '',
          lead: '',
          body: '',
          place: '',
          date,
          imageId: '',
          imageAlt: '',
          imageCredit: '',
          contactName: '',
          contactRole: '',
          contactOrganisation: '',
          contactPhone: '',
          contactEmail: '',
          links: [],
          partnerIds: [],
          tags: '',
        }}
      />
    </div>
  )
}
