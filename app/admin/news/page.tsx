import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { ContentList } from '@/components/admin/content-list'
import { listNewsAdmin } from '@/db/admin/news'
import { parseAdminListQuery } from '@/lib/validation/admin-query'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('news')
  return { title: t('list.title') }
}

export default async function AdminNewsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole()
  const params = await searchParams
  const query = parseAdminListQuery(params)
  const t = await getAdminTranslations('news')
  return (
    <ContentList
      title={t('list.title')}
      newLabel={t('list.new')}
      basePath="/admin/news"
      result={await listNewsAdmin(query)}
      query={query}
      notice={params.geloescht ? t('list.deleted') : null}
    />
  )
}
