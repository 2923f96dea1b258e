import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { restorePartnerRevisionAction } from '../../actions'
import { VersionsPage } from '@/components/admin/versions-page'
import { PARTNER_FIELDS } from '@/lib/revision-diff'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('partners')
  return { title: t('versionsTitle') }
}

export default async function PartnerVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole('editor', 'admin')
  const t = await getAdminTranslations('partners')
  return (
    <VersionsPage
      type="partner"
      rawId={(await params).id}
      backHref={(id) => `/admin/partners/${id}`}
      backLabel={t('backToPartner')}
      fields={PARTNER_FIELDS}
      restore={restorePartnerRevisionAction}
    />
  )
}
