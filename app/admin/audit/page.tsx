import { requirePageRole } from '@/db/guard'
import type { Metadata } from 'next'
import { Pagination } from '@/components/ui/pagination'
import { listAudit } from '@/db/audit-admin'
import { formatTimestamp } from '@/lib/dates'
import { parsePage, parseSearchText, queryString } from '@/lib/validation/public-query'
import { DataTable } from '@/components/ui/data-table'

export const metadata: Metadata = { title: 'Protokoll' }

const ACTIONS = [
  ['', 'Alle'],
  ['login', 'Anmeldungen'],
  ['login.failed', 'Fehlgeschlagene Anmeldungen'],
  ['user', 'Konten'],
  ['news', 'Meldungen'],
  ['event', 'Veranstaltungen'],
  ['partner', 'Partner'],
  ['page', 'Seiten'],
  ['partners.import', 'Importe'],
  ['authz', 'Abgewiesene Zugriffe'],
] as const

function isoDay(value: string | string[] | undefined): string | null {
  const raw = Array.isArray(value) ? value[0] : value
  return raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('admin')
  const params = await searchParams
  const query = {
    action: parseSearchText(params.aktion),
    actor: parseSearchText(params.wer),
    from: isoDay(params.von),
    to: isoDay(params.bis),
    page: parsePage(params.seite),
  }
  const { rows, total, page, pageCount } = await listAudit(query)
  const input = 'rounded border border-slate-400 px-3 py-2'
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-brand-900">Protokoll</h1>
      <form
        action="/admin/audit"
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <label className="flex flex-col gap-1 text-sm font-medium">
          Was
          <select name="aktion" defaultValue={query.action} className={input}>
            {ACTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Wer (Name oder E-Mail)
          <input name="wer" defaultValue={query.actor} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Von
          <input type="date" name="von" defaultValue={query.from ?? ''} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Bis
          <input type="date" name="bis" defaultValue={query.to ?? ''} className={input} />
        </label>
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-medium text-white">
          Filtern
        </button>
      </form>
      <p className="text-sm text-muted">{total} Einträge</p>
      <DataTable columns={['Zeit', 'Wer', 'Was', 'Objekt', 'Einzelheiten', 'Adresse']}>
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-200 align-top">
            <td className="whitespace-nowrap px-3 py-2">{formatTimestamp(row.createdAt)}</td>
            <td className="px-3 py-2">{row.actorName ?? row.actorEmail ?? 'System'}</td>
            <td className="px-3 py-2 font-mono text-xs">{row.action}</td>
            <td className="px-3 py-2">
              {row.entityType ? `${row.entityType} ${row.entityId ?? ''}` : '–'}
            </td>
            <td className="max-w-md break-words px-3 py-2 font-mono text-xs">
              {row.details ?? ''}
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
