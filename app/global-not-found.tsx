import type { Metadata } from 'next'
import { PublicShell } from '@/components/public-shell'
import { rootMetadata } from '@/components/root-document'
import { NotFoundStatusView } from '@/components/pages/status-pages'
import { SITE } from '@/lib/site'

export const metadata: Metadata = {
  ...rootMetadata({ description: SITE.description, ogLocale: 'de_DE' }),
  title: 'Seite nicht gefunden',
}

/*
 * Addresses no route matches. The portal has a root layout per language area, so this page
 * brings its own document (German; unknown addresses under /en are answered by
 * app/en/[...rest] in English).
 */
export default function GlobalNotFound() {
  return (
    <PublicShell locale="de">
      <NotFoundStatusView locale="de" />
    </PublicShell>
  )
}
