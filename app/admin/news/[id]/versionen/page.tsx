import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { restoreNewsRevisionAction } from '../../actions'
import { VersionsPage } from '@/components/admin/versions-page'
import { NEWS_FIELDS } from '@/lib/revision-diff'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('news')
  return { title: t('versions.title') }
}

export default async function NewsVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole()
  const t = await getAdminTranslations('news')
  return (
    <VersionsPage
      type="news"
      rawId={(await params).id}
      backHref={(id) => `/admin/news/${id}`}
      backLabel={t('versions.back')}
      fields={NEWS_FIELDS.map((field) => ({
        ...field,
        label: t(`versions.fields.${field.key}`),
      }))}
      restore={restoreNewsRevisionAction}
    />
  )
}
