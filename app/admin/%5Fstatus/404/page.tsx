import type { Metadata } from 'next'
import { requirePageRole } from '@/db/auth/guard'
import { AdminNotFoundNotice } from '@/components/admin/status-notices'

/*
 * The backend's 404 page as server.mjs serves it in place of Next's empty error document
 * (lib/status-pages.mjs), with status 404.
 */
export const metadata: Metadata = { title: 'Nicht gefunden' }

export default async function AdminNotFoundStatusPage() {
  // Like every backend page, it checks the session itself.
  await requirePageRole()
  return <AdminNotFoundNotice />
}
