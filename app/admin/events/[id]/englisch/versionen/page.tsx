import type { Metadata } from 'next'
import { requirePageRole } from '@/db/auth/guard'
import { TranslationVersionsPage } from '@/components/admin/translation-versions-page'

export const metadata: Metadata = { title: 'Versionen der englischen Fassung' }

export default async function Page(props: { params: Promise<{ id: string }> }) {
  // Who may see them is who may edit the English version: the data function decides.
  await requirePageRole()
  return <TranslationVersionsPage type="event" {...props} />
}
