import { requirePageRole } from '@/db/auth/guard'
import { getAdminTranslations } from '@/lib/i18n/admin'
import type { Metadata } from 'next'
import { ContentList } from '@/components/admin/content-list'
import { listPartnersAdmin } from '@/db/admin/partners'
import { parseAdminListQuery } from '@/lib/validation/admin-query'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('partners')
  return { title: t('title') }
}

export default async function AdminPartnersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('editor', 'admin')
  const t = await getAdminTranslations('partners')
  const params = await searchParams
  const query = parseAdminListQuery(params)
  return (
    <ContentList
      title={t('title')}
      newLabel={t('newTitle')}
      basePath="/admin/partners"
      result={await listPartnersAdmin(query)}
      query={query}
      thirdColumn={t('categoryColumn')}
      notice={params.geloescht ? t('deleted') : null}
    />
  )
}
