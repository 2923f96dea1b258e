import type { Metadata } from 'next'
import { requirePageRole } from '@/db/auth/guard'
import { getAdminTranslations } from '@/lib/i18n/admin'
import { TranslationPage } from '../../../_translation/translation-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('partners')
  return { title: t('englishTitle') }
}

export default async function Page(props: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  // Which roles may open it depends on the kind; the data function decides, this needs a login.
  await requirePageRole()
  return <TranslationPage type="partner" {...props} />
}
