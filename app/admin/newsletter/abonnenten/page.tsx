import type { Metadata } from 'next'
import Link from 'next/link'
import { deleteNewsletterSubscriberAction } from '../actions'
import { SimpleActionForm } from '@/components/admin/simple-action-form'
import { SubmitButton } from '@/components/ui/form'
import { requirePageRole } from '@/db/auth/guard'
import { listSubscribers, SUBSCRIBER_STATE_LABELS } from '@/db/admin/newsletter'
import { formatTimestamp } from '@/lib/dates'
import { newsletterText } from '@/lib/newsletter/texts'

export const metadata: Metadata = { title: 'Newsletter-Abonnements' }

const when = (d: Date | null, address: string | null) =>
  d ? `${formatTimestamp(d)}${address ? ` · ${address}` : ''}` : '–'

export default async function SubscribersPage() {
  await requirePageRole('admin')
  const rows = await listSubscribers()
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/newsletter" className="text-brand-800 underline">
          Newsletter
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Abonnements ({rows.length})</h1>
        <a href="/admin/newsletter/abonnenten.csv" className="text-brand-800 underline">
          Als CSV exportieren
        </a>
      </div>
      <p className="text-sm text-muted">
        „Endgültig löschen“ entfernt Adresse und Nachweis; übrig bleibt nur ein Prüfwert (Hash),
        damit die Adresse nicht versehentlich wieder angeschrieben wird.
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th className="px-2 py-2">E-Mail</th>
            <th className="px-2 py-2">Status</th>
            <th className="px-2 py-2">Themen</th>
            <th className="px-2 py-2">Sprache</th>
            <th className="px-2 py-2">Angefordert</th>
            <th className="px-2 py-2">Bestätigt</th>
            <th className="px-2 py-2">Nachweis</th>
            <th className="px-2 py-2">
              <span className="sr-only">Aktionen</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <td className="px-2 py-2">{row.email}</td>
              <td className="px-2 py-2">
                {SUBSCRIBER_STATE_LABELS[row.state]}
                {row.unsubscribedAt ? ` (${formatTimestamp(row.unsubscribedAt)})` : ''}
              </td>
              <td className="px-2 py-2">
                {row.topics.map((t) => newsletterText('de').topics[t]).join(', ')}
              </td>
              <td className="px-2 py-2">{row.locale === 'en' ? 'Englisch' : 'Deutsch'}</td>
              <td className="px-2 py-2">{when(row.requestedAt, row.requestAddress)}</td>
              <td className="px-2 py-2">{when(row.confirmedAt, row.confirmAddress)}</td>
              <td className="px-2 py-2">
                <details>
                  <summary>Einwilligungstext</summary>
                  <p className="mt-1 max-w-sm">{row.consentText}</p>
                </details>
              </td>
              <td className="px-2 py-2">
                <SimpleActionForm action={deleteNewsletterSubscriberAction} hidden={{ id: row.id }}>
                  <SubmitButton variant="danger">Endgültig löschen</SubmitButton>
                </SimpleActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
