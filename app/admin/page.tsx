import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import Link from 'next/link'
import { StatusBadge } from '@/components/admin/status-badge'
import { getDashboard, type DashboardItem } from '@/db/admin/dashboard'
import type { ContentStatus } from '@/lib/domain'
import { formatTimestamp } from '@/lib/dates'
import { auditActionLabel } from '@/lib/audit-actions'
import { describeAuditDetails } from '@/lib/audit-details'

export const metadata: Metadata = { title: 'Übersicht' }

function ItemList({
  items,
  empty,
  showPublishAt = false,
}: {
  items: DashboardItem[]
  empty: string
  showPublishAt?: boolean
}) {
  if (items.length === 0) return <p className="text-muted">{empty}</p>
  return (
    <ul className="flex flex-col divide-y divide-slate-200">
      {items.map((item) => (
        <li
          key={`${item.kind}-${item.id}`}
          className="flex flex-wrap items-center justify-between gap-2 py-2"
        >
          <Link
            href={`/admin/${item.kind === 'news' ? 'news' : 'events'}/${item.id}`}
            className="font-medium text-brand-800 underline"
          >
            {item.title}
          </Link>
          <span className="flex items-center gap-2 text-sm text-muted">
            {item.kind === 'news' ? 'Meldung' : 'Veranstaltung'}
            <StatusBadge status={item.status as ContentStatus} />
            {showPublishAt && item.publishAt
              ? formatTimestamp(item.publishAt)
              : formatTimestamp(item.updatedAt)}
          </span>
        </li>
      ))}
    </ul>
  )
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" aria-label={title}>
      <h2 className="text-lg font-semibold text-ink">{title}</h2>
      <div className="mt-3">{children}</div>
    </section>
  )
}

export default async function DashboardPage() {
  await requirePageRole()
  const data = await getDashboard()
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">Guten Tag, {data.user.name}</h1>
      {data.user.role === 'partner' ? (
        <Card title="Unser Profil">
          {data.ownProfile ? (
            <p>
              {data.ownProfile.name} ·{' '}
              <Link href="/admin/profile" className="text-brand-800 underline">
                Profil bearbeiten
              </Link>{' '}
              ·{' '}
              <Link href={`/partner/${data.ownProfile.slug}`} className="text-brand-800 underline">
                Öffentliche Ansicht
              </Link>
            </p>
          ) : (
            <p className="text-muted">
              Ihr Konto ist noch keiner Organisation zugeordnet. Bitte wenden Sie sich an die
              Verwaltung des Portals.
            </p>
          )}
          {data.lastSubmission ? (
            <p className="mt-2 text-sm">
              Letzte Änderung eingereicht am {formatTimestamp(data.lastSubmission.createdAt)}:{' '}
              <strong>
                {
                  { pending: 'wartet auf Prüfung', approved: 'freigegeben', rejected: 'abgelehnt' }[
                    data.lastSubmission.status
                  ]
                }
              </strong>
              {data.lastSubmission.reviewComment
                ? ` – „${data.lastSubmission.reviewComment}“`
                : null}
            </p>
          ) : null}
        </Card>
      ) : null}
      <Card title={data.user.role === 'partner' ? 'Unsere Vorschläge' : 'Meine Entwürfe'}>
        <ItemList items={data.drafts} empty="Keine offenen Entwürfe." />
      </Card>
      {data.user.role !== 'partner' ? (
        <>
          <Card title="Warten auf Prüfung">
            <ItemList items={data.reviewQueue} empty="Nichts zu prüfen." />
            {data.pendingProfiles && data.pendingProfiles.length > 0 ? (
              <p className="mt-3">
                <Link href="/admin/review" className="font-medium text-brand-800 underline">
                  {data.pendingProfiles.length} Profiländerung
                  {data.pendingProfiles.length === 1 ? '' : 'en'} von Partnern prüfen
                </Link>
              </p>
            ) : null}
          </Card>
          <Card title="Geplant">
            <ItemList items={data.scheduled} empty="Nichts geplant." showPublishAt />
          </Card>
          <Card title="Zuletzt geschehen">
            {data.activity.length === 0 ? (
              <p className="text-muted">Noch nichts.</p>
            ) : (
              <ul className="flex flex-col gap-1 text-sm">
                {data.activity.map((entry) => (
                  <li key={entry.id}>
                    <span className="text-muted">{formatTimestamp(entry.createdAt)}</span> ·{' '}
                    {entry.actorName ?? entry.actorEmail ?? 'System'} ·{' '}
                    <span title={`Code: ${entry.action}`}>{auditActionLabel(entry.action)}</span>
                    {entry.details ? (
                      <span className="text-muted"> · {describeAuditDetails(entry.details)}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      ) : null}
    </div>
  )
}
