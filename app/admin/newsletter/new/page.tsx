import type { Metadata } from 'next'
import { IssueForm } from '../issue-form'
import { MailStatus } from '../mail-status'
import { requirePageRole } from '@/db/auth/guard'
import { issueEditor } from '@/db/admin/newsletter'

export const metadata: Metadata = { title: 'Neue Newsletter-Ausgabe' }

export default async function NewIssuePage() {
  await requirePageRole('editor', 'admin')
  const editor = await issueEditor(null)
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">Neue Newsletter-Ausgabe</h1>
      <MailStatus />
      <p className="text-muted">
        Vorausgewählt ist, was seit der letzten Ausgabe veröffentlicht wurde. Nach dem Speichern
        folgen Vorschau, Testversand und Versand.
      </p>
      <IssueForm issue={null} items={editor?.items ?? []} />
    </div>
  )
}
