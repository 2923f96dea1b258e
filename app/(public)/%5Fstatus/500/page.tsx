import type { Metadata } from 'next'
import { ErrorContent } from '@/components/status/error-content'

/*
 * The error page as server.mjs serves it in place of Next's empty error document
 * (lib/status-pages.mjs), with status 500.
 */
export const metadata: Metadata = {
  title: 'Fehler',
  robots: { index: false, follow: false },
}

export default function ErrorStatusPage() {
  return <ErrorContent />
}
