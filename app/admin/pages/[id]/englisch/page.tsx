import type { Metadata } from 'next'
import { requirePageRole } from '@/db/auth/guard'
import { TranslationPage } from '../../../_translation/translation-page'

export const metadata: Metadata = { title: 'Englische Fassung' }

export default async function Page(props: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  // Which roles may open it depends on the kind; the data function decides, this needs a login.
  await requirePageRole()
  return <TranslationPage type="page" {...props} />
}
