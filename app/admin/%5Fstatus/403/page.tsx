import type { Metadata } from 'next'
import { requirePageRole } from '@/db/auth/guard'
import { ForbiddenNotice } from '@/components/admin/status-notices'

/*
 * The backend's 403 page as server.mjs serves it in place of Next's empty error document
 * (lib/status-pages.mjs), with status 403. The backend layout requires a session.
 */
export const metadata: Metadata = { title: 'Keine Berechtigung' }

export default async function ForbiddenStatusPage() {
  // Like every backend page, it checks the session itself.
  await requirePageRole()
  return <ForbiddenNotice />
}
