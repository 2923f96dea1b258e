import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import Link from 'next/link'
import { listPagesAdmin } from '@/db/admin/pages'
import { formatTimestamp } from '@/lib/dates'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('pages')
  return { title: t('list.title') }
}

export default async function AdminPagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('admin')
  const rows = await listPagesAdmin()
  const t = await getAdminTranslations('pages')
  const locale = await getAdminLocale()
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">{t('list.title')}</h1>
        <Link
          href="/admin/pages/new"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white no-underline hover:bg-brand-900"
        >
          {t('list.new')}
        </Link>
      </div>
      {(await searchParams).geloescht ? (
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          {t('list.deleted')}
        </p>
      ) : null}
      <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
            <Link href={`/admin/pages/${row.id}`} className="font-medium text-brand-800 underline">
              {row.title}
            </Link>
            <span className="text-sm text-muted">
              /{row.slug} · {formatTimestamp(row.updatedAt, locale)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
