import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { ContentList } from '@/components/admin/content-list'
import { listPartnersAdmin } from '@/db/admin/partners'
import { parseAdminListQuery } from '@/lib/validation/admin-query'

export const metadata: Metadata = { title: 'Partner' }

export default async function AdminPartnersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('editor', 'admin')
  const params = await searchParams
  const query = parseAdminListQuery(params)
  return (
    <ContentList
      title="Partner"
      newLabel="Neuer Partner"
      basePath="/admin/partners"
      result={await listPartnersAdmin(query)}
      query={query}
      thirdColumn="Kategorie"
      notice={params.geloescht ? 'Der Partner wurde gelöscht.' : null}
    />
  )
}
