import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { Pagination } from '@/components/ui/pagination'
import { listAudit } from '@/db/admin/audit'
import { formatTimestamp } from '@/lib/dates'
import { parsePage, parseSearchText, queryString } from '@/lib/validation/public-query'
import { DataTable } from '@/components/ui/data-table'
import { auditActionLabel, auditActionLabels, auditSubjectLabel } from '@/lib/audit-actions'
import { describeAuditDetails } from '@/lib/audit-details'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import type { Locale } from '@/lib/i18n/locales'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('audit')
  return { title: t('title') }
}

// Offered in the "Was" field; any other label text or code (or its beginning) works as well.
function suggestions(locale: Locale): string[] {
  return [...new Set(Object.values(auditActionLabels(locale)))].sort((a, b) =>
    a.localeCompare(b, locale),
  )
}

function isoDay(value: string | string[] | undefined): string | null {
  const raw = Array.isArray(value) ? value[0] : value
  return raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null
}

/** The account's name and e-mail; entries without an account (the schedule, the command line) show what was recorded. */
function ActorCell({
  name,
  email,
  system,
}: {
  name: string | null
  email: string | null
  system: string
}) {
  if (!name) return <>{email ?? system}</>
  return (
    <>
      {name}
      {email ? <span className="block text-xs text-muted">{email}</span> : null}
    </>
  )
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('admin')
  const t = await getAdminTranslations('audit')
  const locale = await getAdminLocale()
  const params = await searchParams
  const query = {
    action: parseSearchText(params.aktion),
    actor: parseSearchText(params.wer),
    from: isoDay(params.von),
    to: isoDay(params.bis),
    page: parsePage(params.seite),
  }
  const { rows, total, page, pageCount } = await listAudit({ ...query, locale })
  const input = 'rounded border border-slate-400 px-3 py-2'
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <form
        action="/admin/audit"
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('filter.action')}
          <input
            name="aktion"
            list="audit-aktionen"
            defaultValue={query.action}
            placeholder={t('filter.actionPlaceholder')}
            className={input}
          />
          <datalist id="audit-aktionen">
            {suggestions(locale).map((label) => (
              <option key={label} value={label} />
            ))}
          </datalist>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('filter.actor')}
          <input name="wer" defaultValue={query.actor} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('filter.from')}
          <input type="date" name="von" defaultValue={query.from ?? ''} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('filter.to')}
          <input type="date" name="bis" defaultValue={query.to ?? ''} className={input} />
        </label>
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-medium text-white">
          {t('filter.submit')}
        </button>
      </form>
      <p className="text-sm text-muted">{t('entries', { count: total, total: String(total) })}</p>
      <DataTable
        columns={(['time', 'actor', 'action', 'subject', 'details', 'address'] as const).map(
          (column) => t(`columns.${column}`),
        )}
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-200 align-top">
            <td className="whitespace-nowrap px-3 py-2">
              {formatTimestamp(row.createdAt, locale)}
            </td>
            <td className="px-3 py-2">
              <ActorCell
                name={row.actorName}
                email={row.actorAccountEmail ?? row.actorEmail}
                system={t('system')}
              />
            </td>
            <td className="px-3 py-2">
              <span title={t('code', { code: row.action })}>
                {auditActionLabel(row.action, locale)}
              </span>
              <code className="block text-xs text-muted">{row.action}</code>
            </td>
            <td className="px-3 py-2">
              {row.entityType
                ? `${auditSubjectLabel(row.entityType, locale)} ${row.entityId ?? ''}`
                : '–'}
            </td>
            <td className="max-w-md break-words px-3 py-2 text-xs" title={row.details ?? undefined}>
              {describeAuditDetails(row.details, locale)}
            </td>
            <td className="px-3 py-2 font-mono text-xs">{row.clientAddress ?? ''}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        page={page}
        pageCount={pageCount}
        href={(seite) =>
          `/admin/audit${queryString({ aktion: query.action, wer: query.actor, von: query.from, bis: query.to, seite })}`
        }
      />
    </div>
  )
}
