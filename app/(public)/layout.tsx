import type { Metadata } from 'next'
import { PublicShell } from '@/components/public-shell'
import { rootMetadata, rootViewport } from '@/components/root-document'
import { SITE } from '@/lib/site'

// The German public pages' root layout (English: app/en/layout.tsx).
export const metadata: Metadata = rootMetadata({ description: SITE.description, ogLocale: 'de_DE' })
export const viewport = rootViewport

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <PublicShell locale="de">{children}</PublicShell>
}
