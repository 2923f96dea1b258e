import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { ContentList } from '@/components/admin/content-list'
import { listEventsAdmin } from '@/db/admin/events'
import { parseAdminListQuery } from '@/lib/validation/admin-query'

export const metadata: Metadata = { title: 'Veranstaltungen' }

export default async function AdminEventsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole()
  const params = await searchParams
  const query = parseAdminListQuery(params)
  return (
    <ContentList
      title="Veranstaltungen"
      newLabel="Neue Veranstaltung"
      basePath="/admin/events"
      result={await listEventsAdmin(query)}
      query={query}
      notice={params.geloescht ? 'Die Veranstaltung wurde gelöscht.' : null}
    />
  )
}
