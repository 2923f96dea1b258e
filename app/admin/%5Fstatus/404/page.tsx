import type { Metadata } from 'next'
import { requirePageRole } from '@/db/auth/guard'
import { getAdminTranslations } from '@/lib/i18n/admin'
import { AdminNotFoundNotice } from '@/components/admin/status-notices'

/*
 * The backend's 404 page as server.mjs serves it in place of Next's empty error document
 * (lib/status-pages.mjs), with status 404.
 */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('common.notices')
  return { title: t('notFoundTitle') }
}

export default async function AdminNotFoundStatusPage() {
  // Like every backend page, it checks the session itself.
  await requirePageRole()
  return <AdminNotFoundNotice />
}
