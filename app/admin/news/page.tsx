import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { ContentList } from '@/components/admin/content-list'
import { listNewsAdmin } from '@/db/admin/news'
import { parseAdminListQuery } from '@/lib/validation/admin-query'

export const metadata: Metadata = { title: 'Meldungen' }

export default async function AdminNewsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole()
  const params = await searchParams
  const query = parseAdminListQuery(params)
  return (
    <ContentList
      title="Meldungen"
      newLabel="Neue Meldung"
      basePath="/admin/news"
      result={await listNewsAdmin(query)}
      query={query}
      notice={params.geloescht ? 'Die Meldung wurde gelöscht.' : null}
    />
  )
}
