import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/status/not-found-content'

/*
 * The 404 page as server.mjs serves it in place of Next's empty error document
 * (lib/status-pages.mjs), with status 404.
 */
export const metadata: Metadata = {
  title: 'Seite nicht gefunden',
  robots: { index: false, follow: true },
}

export default function NotFoundStatusPage() {
  return <NotFoundContent />
}
