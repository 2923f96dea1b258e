import type { Metadata } from 'next'
import Link from 'next/link'
import { MailStatus } from './mail-status'
import { requirePageRole } from '@/db/auth/guard'
import { listIssues } from '@/db/admin/newsletter'
import { formatTimestamp } from '@/lib/dates'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('newsletter')
  return { title: t('list.title') }
}

export default async function AdminNewsletterPage() {
  const user = await requirePageRole('editor', 'admin')
  const issues = await listIssues()
  const t = await getAdminTranslations('newsletter')
  const locale = await getAdminLocale()
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">{t('list.title')}</h1>
        <div className="flex gap-3">
          {user.role === 'admin' ? (
            <Link href="/admin/newsletter/abonnenten" className="text-brand-800 underline">
              {t('list.subscriptions')}
            </Link>
          ) : null}
          <Link
            href="/admin/newsletter/new"
            className="rounded bg-brand-800 px-4 py-2 font-medium text-white no-underline"
          >
            {t('list.new')}
          </Link>
        </div>
      </div>
      <MailStatus />
      {issues.length === 0 ? (
        <p className="text-muted">{t('list.empty')}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th className="px-3 py-2">{t('list.columns.subject')}</th>
              <th className="px-3 py-2">{t('list.columns.status')}</th>
              <th className="px-3 py-2">{t('list.columns.counts')}</th>
              <th className="px-3 py-2">{t('list.columns.created')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => (
              <tr key={issue.id} className="border-b border-slate-200">
                <td className="px-3 py-2">
                  <Link href={`/admin/newsletter/${issue.id}`} className="text-brand-800 underline">
                    {issue.subject}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  {t('list.state', { state: issue.state })}
                  {issue.state === 'scheduled' && issue.scheduledAt
                    ? t('list.scheduledFor', { date: formatTimestamp(issue.scheduledAt, locale) })
                    : ''}
                </td>
                <td className="px-3 py-2">
                  {issue.counts.sent} / {issue.counts.pending + issue.counts.sending} /{' '}
                  {issue.counts.failed}
                </td>
                <td className="px-3 py-2">{formatTimestamp(issue.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
