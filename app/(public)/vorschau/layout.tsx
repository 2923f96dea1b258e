import type { Metadata } from 'next'
import { getAdminTranslations } from '@/lib/i18n/admin'

// A preview renders per request for whoever may see it, never ahead of time, never streamed.
export const instant = false

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('preview')
  return { title: t('title'), robots: { index: false, follow: false } }
}

export default function PreviewLayout({ children }: { children: React.ReactNode }) {
  return children
}
