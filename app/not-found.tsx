import type { Metadata } from 'next'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { NotFoundContent } from '@/components/status/not-found-content'

export const metadata: Metadata = { title: 'Seite nicht gefunden' }

/* Addresses no route matches; outside every layout but the root one, so it draws the header. */
export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main id="inhalt" className="flex-1">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </div>
  )
}
