import type { Metadata } from 'next'
import { PublicShell } from '@/components/public-shell'
import { rootMetadata, rootViewport } from '@/components/root-document'
import { siteTexts } from '@/lib/i18n/site-texts'

// The English public pages' root layout: `<html lang="en">`.
export async function generateMetadata(): Promise<Metadata> {
  const site = await siteTexts('en')
  return rootMetadata({ description: site.description, ogLocale: 'en_GB' })
}
export const viewport = rootViewport

export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return <PublicShell locale="en">{children}</PublicShell>
}
