import { requirePageRole } from '@/db/auth/guard'
import { autosaveFor } from '@/db/admin/autosave'
import type { Metadata } from 'next'
import { PageForm } from '../page-form'
import { requireRole } from '@/db/auth/guard'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('pages')
  return { title: t('new.title') }
}

export default async function NewPagePage() {
  await requirePageRole('admin')
  await requireRole('admin')
  const t = await getAdminTranslations('pages')
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-brand-900">{t('new.title')}</h1>
      <PageForm
        autosave={await autosaveFor('page', null)}
        defaultValues={{ title: '', slug: '', body: '' }}
      />
    </div>
  )
}
