import Link from 'next/link'
import { ListFilter } from './list-filter'
import { StatusBadge } from './status-badge'
import { Pagination } from '@/components/ui/pagination'
import { formatTimestamp } from '@/lib/dates'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import type { ContentStatus } from '@/lib/domain'
import { queryString } from '@/lib/validation/public-query'
import { DataTable } from '@/components/ui/data-table'

type Row = {
  id: number
  title: string
  status: ContentStatus
  publishAt: Date | null
  updatedAt: Date
  authorName: string | null
  partnerName: string | null
  /** A short remark beside the title, e.g. what an entry still lacks. */
  note?: string | null
}

/** A backend list (news, events): filter, table, pagination. */
export async function ContentList({
  title,
  newLabel,
  basePath,
  result,
  query,
  notice,
  thirdColumn,
}: {
  title: string
  newLabel: string
  basePath: string
  result: { rows: Row[]; total: number; page: number; pageCount: number }
  query: { status: ContentStatus | null; q: string }
  notice: string | null
  thirdColumn?: string
}) {
  const t = await getAdminTranslations('common.list')
  const locale = await getAdminLocale()
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
        <Link
          href={`${basePath}/new`}
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white no-underline hover:bg-brand-900"
        >
          {newLabel}
        </Link>
      </div>
      {notice ? (
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          {notice}
        </p>
      ) : null}
      <ListFilter action={basePath} status={query.status} q={query.q} />
      <p className="text-sm text-muted">
        {t('count', { count: result.total, total: String(result.total) })}
      </p>
      <DataTable columns={[t('title'), t('status'), thirdColumn ?? t('partner'), t('changed')]}>
        {result.rows.length === 0 ? (
          <tr>
            <td colSpan={4} className="px-3 py-6 text-center text-muted">
              {t('empty')}
            </td>
          </tr>
        ) : (
          result.rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200">
              <td className="px-3 py-2">
                <Link
                  href={`${basePath}/${row.id}`}
                  className="font-medium text-brand-800 underline"
                >
                  {row.title}
                </Link>
                {row.note ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-950">
                    {row.note}
                  </span>
                ) : null}
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={row.status} />
                {row.status === 'scheduled' && row.publishAt ? (
                  <span className="block text-xs text-muted">
                    {formatTimestamp(row.publishAt, locale)}
                  </span>
                ) : null}
              </td>
              <td className="px-3 py-2">{row.partnerName ?? '–'}</td>
              <td className="whitespace-nowrap px-3 py-2">
                {formatTimestamp(row.updatedAt, locale)}
                {row.authorName ? (
                  <span className="block text-xs text-muted">{row.authorName}</span>
                ) : null}
              </td>
            </tr>
          ))
        )}
      </DataTable>
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        label={t('pages')}
        labels={{ previous: t('previous'), next: t('next'), page: t('page') }}
        href={(seite) => `${basePath}${queryString({ status: query.status, q: query.q, seite })}`}
      />
    </div>
  )
}
