import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import Link from 'next/link'
import { SecondFactorPolicyForm } from './second-factor-policy-form'
import { InviteForm } from './user-forms'
import { getSecondFactorPolicy } from '@/db/admin/second-factor-policy'
import { listPartnerChoices, listUsers } from '@/db/admin/users'
import { formatTimestamp } from '@/lib/dates'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import { DataTable } from '@/components/ui/data-table'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('users')
  return { title: t('title') }
}

export default async function UsersPage() {
  await requirePageRole('admin')
  const t = await getAdminTranslations('users')
  const locale = await getAdminLocale()
  const [rows, partners, policy] = await Promise.all([
    listUsers(),
    listPartnerChoices(),
    getSecondFactorPolicy(),
  ])
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <DataTable
        columns={(['name', 'email', 'role', 'organisation', 'state', 'lastLogin'] as const).map(
          (column) => t(`columns.${column}`),
        )}
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-200">
            <td className="px-3 py-2">
              <Link
                href={`/admin/users/${row.id}`}
                className="font-medium text-brand-800 underline"
              >
                {row.name}
              </Link>
            </td>
            <td className="px-3 py-2">{row.email}</td>
            <td className="px-3 py-2">{t(`roles.${row.role}`)}</td>
            <td className="px-3 py-2">{row.partnerName ?? '–'}</td>
            <td className="px-3 py-2">
              {t(`states.${row.state}`)}
              {row.resetRequestedAt ? (
                <span className="block text-xs text-amber-800">
                  {t('resetRequested', { date: formatTimestamp(row.resetRequestedAt, locale) })}
                </span>
              ) : null}
            </td>
            <td className="px-3 py-2 whitespace-nowrap">
              {row.lastLoginAt ? formatTimestamp(row.lastLoginAt, locale) : '–'}
            </td>
          </tr>
        ))}
      </DataTable>
      <section
        aria-labelledby="einladen-titel"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="einladen-titel" className="text-lg font-semibold">
          {t('invite.heading')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('invite.intro')}</p>
        <div className="mt-4">
          <InviteForm partners={partners} />
        </div>
      </section>
      <section
        aria-labelledby="zweiter-faktor-titel"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="zweiter-faktor-titel" className="text-lg font-semibold">
          {t('policy.heading')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('policy.intro')}</p>
        <div className="mt-4">
          <SecondFactorPolicyForm current={policy} />
        </div>
      </section>
    </div>
  )
}
