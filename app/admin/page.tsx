import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import Link from 'next/link'
import { StatusBadge } from '@/components/admin/status-badge'
import { getDashboard, type DashboardItem } from '@/db/admin/dashboard'
import type { ContentStatus } from '@/lib/domain'
import { formatTimestamp } from '@/lib/dates'
import { auditActionLabel } from '@/lib/audit-actions'
import { describeAuditDetails } from '@/lib/audit-details'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import type { Locale } from '@/lib/i18n/locales'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('dashboard')
  return { title: t('title') }
}

type T = Awaited<ReturnType<typeof getAdminTranslations>>

function ItemList({
  items,
  empty,
  showPublishAt = false,
  t,
  locale,
}: {
  items: DashboardItem[]
  empty: string
  showPublishAt?: boolean
  t: T
  locale: Locale
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
            {item.kind === 'news' ? t('kind.news') : t('kind.event')}
            <StatusBadge status={item.status as ContentStatus} />
            {showPublishAt && item.publishAt
              ? formatTimestamp(item.publishAt, locale)
              : formatTimestamp(item.updatedAt, locale)}
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
  const t = await getAdminTranslations('dashboard')
  const locale = await getAdminLocale()
  const list = { t, locale }
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">
        {t('greeting', { name: data.user.name })}
      </h1>
      {data.user.role === 'partner' ? (
        <Card title={t('ownProfile')}>
          {data.ownProfile ? (
            <p>
              {data.ownProfile.name} ·{' '}
              <Link href="/admin/profile" className="text-brand-800 underline">
                {t('editProfile')}
              </Link>{' '}
              ·{' '}
              <Link href={`/partner/${data.ownProfile.slug}`} className="text-brand-800 underline">
                {t('publicView')}
              </Link>
            </p>
          ) : (
            <p className="text-muted">{t('noOrganisation')}</p>
          )}
          {data.lastSubmission ? (
            <p className="mt-2 text-sm">
              {t('lastSubmission', {
                time: formatTimestamp(data.lastSubmission.createdAt, locale),
              })}{' '}
              <strong>{t(`submission.${data.lastSubmission.status}`)}</strong>
              {data.lastSubmission.reviewComment
                ? ` – „${data.lastSubmission.reviewComment}“`
                : null}
            </p>
          ) : null}
        </Card>
      ) : null}
      <Card title={data.user.role === 'partner' ? t('proposals') : t('drafts')}>
        <ItemList items={data.drafts} empty={t('noDrafts')} {...list} />
      </Card>
      {data.user.role !== 'partner' ? (
        <>
          <Card title={t('reviewQueue')}>
            <ItemList items={data.reviewQueue} empty={t('nothingToReview')} {...list} />
            {data.pendingProfiles && data.pendingProfiles.length > 0 ? (
              <p className="mt-3">
                <Link href="/admin/review" className="font-medium text-brand-800 underline">
                  {t('pendingProfiles', { count: data.pendingProfiles.length })}
                </Link>
              </p>
            ) : null}
          </Card>
          <Card title={t('scheduled')}>
            <ItemList
              items={data.scheduled}
              empty={t('nothingScheduled')}
              showPublishAt
              {...list}
            />
          </Card>
          <Card title={t('activity')}>
            {data.activity.length === 0 ? (
              <p className="text-muted">{t('noActivity')}</p>
            ) : (
              <ul className="flex flex-col gap-1 text-sm">
                {data.activity.map((entry) => (
                  <li key={entry.id}>
                    <span className="text-muted">{formatTimestamp(entry.createdAt, locale)}</span> ·{' '}
                    {entry.actorName ?? entry.actorEmail ?? t('system')} ·{' '}
                    <span title={t('code', { code: entry.action })}>
                      {auditActionLabel(entry.action, locale)}
                    </span>
                    {entry.details ? (
                      <span className="text-muted">
                        {' '}
                        · {describeAuditDetails(entry.details, locale)}
                      </span>
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
