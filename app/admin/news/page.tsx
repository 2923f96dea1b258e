import type { Metadata } from 'next'
import Link from 'next/link'
import { ListFilter } from '@/components/admin/list-filter'
import { StatusBadge } from '@/components/admin/status-badge'
import { Pagination } from '@/components/ui/pagination'
import { listNewsAdmin } from '@/db/news-admin'
import { formatLongDate, formatTimestamp } from '@/lib/dates'
import { parseAdminListQuery } from '@/lib/validation/admin-query'
import { queryString } from '@/lib/validation/public-query'

export const metadata: Metadata = { title: 'Meldungen' }

export default async function AdminNewsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = await searchParams
  const query = parseAdminListQuery(params)
  const { rows, total, page, pageCount } = await listNewsAdmin(query)
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Meldungen</h1>
        <Link
          href="/admin/news/new"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white no-underline hover:bg-brand-900"
        >
          Neue Meldung
        </Link>
      </div>
      {params.geloescht ? (
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          Die Meldung wurde gelöscht.
        </p>
      ) : null}
      <ListFilter action="/admin/news" status={query.status} q={query.q} />
      <p className="text-sm text-muted">{total === 1 ? '1 Meldung' : `${total} Meldungen`}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100 text-ink">
            <tr>
              <th scope="col" className="px-3 py-2">
                Titel
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              <th scope="col" className="px-3 py-2">
                Datum
              </th>
              <th scope="col" className="px-3 py-2">
                Partner
              </th>
              <th scope="col" className="px-3 py-2">
                Geändert
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={5} className="px-3 py-6 text-center text-muted">
                  Keine Meldungen gefunden.
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200">
                  <td className="px-3 py-2">
                    <Link
                      href={`/admin/news/${row.id}`}
                      className="font-medium text-brand-800 underline"
                    >
                      {row.title}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={row.status} />
                    {row.status === 'scheduled' && row.publishAt ? (
                      <span className="block text-xs text-muted">
                        {formatTimestamp(row.publishAt)}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatLongDate(row.date)}</td>
                  <td className="px-3 py-2">{row.partnerName ?? '–'}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {formatTimestamp(row.updatedAt)}
                    {row.authorName ? (
                      <span className="block text-xs text-muted">{row.authorName}</span>
                    ) : null}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page}
        pageCount={pageCount}
        href={(seite) => `/admin/news${queryString({ status: query.status, q: query.q, seite })}`}
      />
    </div>
  )
}
