'use client'

import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { ErrorContent } from '@/components/status/error-content'

/* An error in a layout below the root one (the public one included): this page draws the header. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main id="inhalt" className="flex-1">
        <ErrorContent retry={reset} />
      </main>
      <SiteFooter />
    </div>
  )
}
