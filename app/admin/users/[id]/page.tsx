import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AccountButtons, RoleForm } from './account-forms'
import { SecondFactorCard } from './second-factor-card'
import { getUserAdmin, listPartnerChoices } from '@/db/admin/users'
import { formatTimestamp } from '@/lib/dates'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('users')
  return { title: t('accountTitle') }
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePageRole('admin')
  const t = await getAdminTranslations('users.account')
  const locale = await getAdminLocale()
  const id = Number((await params).id)
  const account = Number.isSafeInteger(id) && id > 0 ? await getUserAdmin(id) : null
  if (!account) notFound()
  const partners = await listPartnerChoices()
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/users" className="text-brand-800 underline">
          {t('allAccounts')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{account.name}</h1>
      <p className="text-muted">
        {t('meta', {
          email: account.email,
          created: formatTimestamp(account.createdAt, locale),
          lastLogin: account.lastLoginAt ? formatTimestamp(account.lastLoginAt, locale) : '–',
        })}
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <section
          aria-label={t('roleHeading')}
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 className="text-lg font-semibold">{t('roleHeading')}</h2>
          <div className="mt-4">
            <RoleForm account={account} partners={partners} />
          </div>
        </section>
        <section
          aria-label={t('accessHeading')}
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 className="text-lg font-semibold">{t('accessHeading')}</h2>
          <div className="mt-4">
            <AccountButtons account={account} />
          </div>
          <h3 className="mt-6 font-semibold">
            {t('sessionsHeading', { count: account.sessions.length })}
          </h3>
          <ul className="mt-2 flex flex-col gap-1 text-sm text-muted">
            {account.sessions.map((session, index) => (
              <li key={index}>
                {t('session', {
                  created: formatTimestamp(session.createdAt, locale),
                  lastSeen: formatTimestamp(session.lastSeenAt, locale),
                  address: session.clientAddress ?? t('unknownAddress'),
                  method: session.authMethod,
                })}
              </li>
            ))}
          </ul>
        </section>
        <SecondFactorCard userId={account.id} own={account.id === admin.id} />
      </div>
    </div>
  )
}
