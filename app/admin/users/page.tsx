import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import Link from 'next/link'
import { SecondFactorPolicyForm } from './second-factor-policy-form'
import { InviteForm } from './user-forms'
import { getSecondFactorPolicy } from '@/db/admin/second-factor-policy'
import { listPartnerChoices, listUsers } from '@/db/admin/users'
import { formatTimestamp } from '@/lib/dates'
import { ROLE_LABELS } from '@/lib/validation/accounts'
import { DataTable } from '@/components/ui/data-table'

export const metadata: Metadata = { title: 'Konten' }

const STATES = { invited: 'eingeladen', active: 'aktiv', disabled: 'gesperrt' } as const

export default async function UsersPage() {
  await requirePageRole('admin')
  const [rows, partners, policy] = await Promise.all([
    listUsers(),
    listPartnerChoices(),
    getSecondFactorPolicy(),
  ])
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">Konten</h1>
      <DataTable
        columns={['Name', 'E-Mail', 'Rolle', 'Organisation', 'Zustand', 'Letzte Anmeldung']}
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
            <td className="px-3 py-2">{ROLE_LABELS[row.role]}</td>
            <td className="px-3 py-2">{row.partnerName ?? '–'}</td>
            <td className="px-3 py-2">
              {STATES[row.state]}
              {row.resetRequestedAt ? (
                <span className="block text-xs text-amber-800">
                  Passwort-Reset angefordert {formatTimestamp(row.resetRequestedAt)}
                </span>
              ) : null}
            </td>
            <td className="px-3 py-2 whitespace-nowrap">
              {row.lastLoginAt ? formatTimestamp(row.lastLoginAt) : '–'}
            </td>
          </tr>
        ))}
      </DataTable>
      <section
        aria-labelledby="einladen-titel"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="einladen-titel" className="text-lg font-semibold">
          Konto einladen
        </h2>
        <p className="mt-1 text-sm text-muted">
          Die eingeladene Person legt ihr Passwort selbst fest. Der Link gilt 72 Stunden und nur
          einmal.
        </p>
        <div className="mt-4">
          <InviteForm partners={partners} />
        </div>
      </section>
      <section
        aria-labelledby="zweiter-faktor-titel"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="zweiter-faktor-titel" className="text-lg font-semibold">
          Zweiter Faktor
        </h2>
        <p className="mt-1 text-sm text-muted">
          Wer zu einer gewählten Rolle gehört und noch keine Code-App und keinen Passkey hat, wird
          nach der Anmeldung zur Einrichtung geschickt und kann bis dahin nichts anderes tun.
        </p>
        <div className="mt-4">
          <SecondFactorPolicyForm current={policy} />
        </div>
      </section>
    </div>
  )
}
