import type { Metadata } from 'next'
import { requirePageRole } from '@/db/auth/guard'
import { getAdminTranslations } from '@/lib/i18n/admin'
import { TranslationVersionsPage } from '@/components/admin/translation-versions-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('partners')
  return { title: t('englishVersionsTitle') }
}

export default async function Page(props: { params: Promise<{ id: string }> }) {
  // Who may see them is who may edit the English version: the data function decides.
  await requirePageRole()
  return <TranslationVersionsPage type="partner" {...props} />
}
