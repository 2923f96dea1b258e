import { requirePageRole } from '@/db/auth/guard'
import { getAdminTranslations } from '@/lib/i18n/admin'
import type { Metadata } from 'next'
import { restorePageRevisionAction } from '../../actions'
import { VersionsPage } from '@/components/admin/versions-page'
import { PAGE_FIELDS } from '@/lib/revision-diff'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('pages')
  return { title: t('versions.title') }
}

export default async function PageVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole('admin')
  const t = await getAdminTranslations('pages')
  return (
    <VersionsPage
      type="page"
      rawId={(await params).id}
      backHref={(id) => `/admin/pages/${id}`}
      backLabel={t('versions.back')}
      fields={PAGE_FIELDS.map((field) => ({
        ...field,
        label: t(`versions.fields.${field.key}`),
      }))}
      restore={restorePageRevisionAction}
    />
  )
}
