import type { Metadata } from 'next'
import { requirePageRole } from '@/db/auth/guard'
import { getAdminTranslations } from '@/lib/i18n/admin'
import { ForbiddenNotice } from '@/components/admin/status-notices'

/*
 * The backend's 403 page as server.mjs serves it in place of Next's empty error document
 * (lib/status-pages.mjs), with status 403. The backend layout requires a session.
 */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('common.notices')
  return { title: t('forbiddenTitle') }
}

export default async function ForbiddenStatusPage() {
  // Like every backend page, it checks the session itself.
  await requirePageRole()
  return <ForbiddenNotice />
}
