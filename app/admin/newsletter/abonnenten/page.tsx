import type { Metadata } from 'next'
import Link from 'next/link'
import { deleteNewsletterSubscriberAction } from '../actions'
import { SimpleActionForm } from '@/components/admin/simple-action-form'
import { SubmitButton } from '@/components/ui/form'
import { requirePageRole } from '@/db/auth/guard'
import { listSubscribers } from '@/db/admin/newsletter'
import { formatTimestamp } from '@/lib/dates'
import { newsletterText } from '@/lib/newsletter/texts'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import type { Locale } from '@/lib/i18n/locales'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('newsletter')
  return { title: t('subscribers.title') }
}

const when = (d: Date | null, address: string | null, locale: Locale) =>
  d ? `${formatTimestamp(d, locale)}${address ? ` · ${address}` : ''}` : '–'

export default async function SubscribersPage() {
  await requirePageRole('admin')
  const rows = await listSubscribers()
  const t = await getAdminTranslations('newsletter')
  const locale = await getAdminLocale()
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/newsletter" className="text-brand-800 underline">
          {t('subscribers.back')}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">
          {t('subscribers.heading', { count: rows.length })}
        </h1>
        <a href="/admin/newsletter/abonnenten.csv" className="text-brand-800 underline">
          {t('subscribers.csv')}
        </a>
      </div>
      <p className="text-sm text-muted">{t('subscribers.deleteHint')}</p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th className="px-2 py-2">{t('subscribers.columns.email')}</th>
            <th className="px-2 py-2">{t('subscribers.columns.status')}</th>
            <th className="px-2 py-2">{t('subscribers.columns.topics')}</th>
            <th className="px-2 py-2">{t('subscribers.columns.language')}</th>
            <th className="px-2 py-2">{t('subscribers.columns.requested')}</th>
            <th className="px-2 py-2">{t('subscribers.columns.confirmed')}</th>
            <th className="px-2 py-2">{t('subscribers.columns.proof')}</th>
            <th className="px-2 py-2">
              <span className="sr-only">{t('subscribers.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <td className="px-2 py-2">{row.email}</td>
              <td className="px-2 py-2">
                {t('subscribers.state', { state: row.state })}
                {row.unsubscribedAt ? ` (${formatTimestamp(row.unsubscribedAt, locale)})` : ''}
              </td>
              <td className="px-2 py-2">
                {row.topics.map((topic) => newsletterText(locale).topics[topic]).join(', ')}
              </td>
              <td className="px-2 py-2">{t('subscribers.language', { locale: row.locale })}</td>
              <td className="px-2 py-2">{when(row.requestedAt, row.requestAddress, locale)}</td>
              <td className="px-2 py-2">{when(row.confirmedAt, row.confirmAddress, locale)}</td>
              <td className="px-2 py-2">
                <details>
                  <summary>{t('subscribers.consent')}</summary>
                  <p className="mt-1 max-w-sm">{row.consentText}</p>
                </details>
              </td>
              <td className="px-2 py-2">
                <SimpleActionForm action={deleteNewsletterSubscriberAction} hidden={{ id: row.id }}>
                  <SubmitButton variant="danger">{t('subscribers.delete')}</SubmitButton>
                </SimpleActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
