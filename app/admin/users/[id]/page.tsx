import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AccountButtons, RoleForm } from './account-forms'
import { SecondFactorCard } from './second-factor-card'
import { getUserAdmin, listPartnerChoices } from '@/db/admin/users'
import { formatTimestamp } from '@/lib/dates'

export const metadata: Metadata = { title: 'Konto' }

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePageRole('admin')
  const id = Number((await params).id)
  const account = Number.isSafeInteger(id) && id > 0 ? await getUserAdmin(id) : null
  if (!account) notFound()
  const partners = await listPartnerChoices()
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/users" className="text-brand-800 underline">
          Alle Konten
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{account.name}</h1>
      <p className="text-muted">
        {account.email} · angelegt {formatTimestamp(account.createdAt)} · letzte Anmeldung{' '}
        {account.lastLoginAt ? formatTimestamp(account.lastLoginAt) : '–'}
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <section
          aria-label="Rolle und Organisation"
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 className="text-lg font-semibold">Rolle und Organisation</h2>
          <div className="mt-4">
            <RoleForm account={account} partners={partners} />
          </div>
        </section>
        <section aria-label="Zugang" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="text-lg font-semibold">Zugang</h2>
          <div className="mt-4">
            <AccountButtons account={account} />
          </div>
          <h3 className="mt-6 font-semibold">Offene Sitzungen ({account.sessions.length})</h3>
          <ul className="mt-2 flex flex-col gap-1 text-sm text-muted">
            {account.sessions.map((session, index) => (
              <li key={index}>
                seit {formatTimestamp(session.createdAt)}, zuletzt{' '}
                {formatTimestamp(session.lastSeenAt)} · {session.clientAddress ?? 'unbekannt'} ·{' '}
                {session.authMethod}
              </li>
            ))}
          </ul>
        </section>
        <SecondFactorCard userId={account.id} own={account.id === admin.id} />
      </div>
    </div>
  )
}
