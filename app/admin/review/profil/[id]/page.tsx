import { requirePageRole } from '@/db/auth/guard'
import { DiffView } from '@/components/admin/diff-view'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { reviewProfileAction } from '../../../partners/actions'
import { ReviewForm } from '@/components/admin/review-form'
import { getSubmission } from '@/db/admin/submissions'
import { formatTimestamp } from '@/lib/dates'
import { diffSnapshots, PARTNER_FIELDS, type FieldSpec } from '@/lib/revision-diff'

const ENGLISH_PROFILE_FIELDS: FieldSpec[] = [
  { key: 'body', label: 'Text (englisch)' },
  { key: 'quoteText', label: 'Zitat (englisch)' },
  { key: 'quoteAuthorFunction', label: 'Funktion der zitierten Person (englisch)' },
  { key: 'imageAlt', label: 'Alternativtext des Logos (englisch)' },
]
import { parseStoredSites } from '@/lib/validation/location'

export const metadata: Metadata = { title: 'Profiländerung prüfen' }

export default async function ProfileReviewPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole('editor', 'admin')
  const id = Number((await params).id)
  const data = Number.isSafeInteger(id) && id > 0 ? await getSubmission(id) : null
  if (!data) notFound()
  const proposal = data.proposal
  const current = { ...data.current, sites: parseStoredSites(data.current.sites) }
  const changes = data.english
    ? diffSnapshots(data.english.current, data.english.proposal, ENGLISH_PROFILE_FIELDS)
    : diffSnapshots(
        current,
        { ...current, ...proposal, logoImageId: proposal?.imageId || null },
        PARTNER_FIELDS,
      )
  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm">
        <Link href="/admin/review" className="text-brand-800 underline">
          Zurück zur Prüfung
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">
        {data.english ? 'Englischer Profiltext' : 'Profiländerung'}: {data.current.name}
      </h1>
      <p className="text-muted">
        Eingereicht {formatTimestamp(data.submission.createdAt)} · Status:{' '}
        {
          { pending: 'wartet', approved: 'freigegeben', rejected: 'abgelehnt' }[
            data.submission.status
          ]
        }
      </p>
      <section aria-label="Änderungen" className="rounded-lg border border-slate-200 bg-white p-5">
        {changes.length === 0 ? (
          <p className="text-muted">Keine Änderung gegenüber dem veröffentlichten Profil.</p>
        ) : (
          <DiffView changes={changes} />
        )}
        {proposal?.imageId && proposal.imageId !== data.current.logoImageId ? (
          <figure className="mt-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- proposed logo from the portal's own store */}
            <img
              src={`/bilder/${proposal.imageId}.webp?w=320`}
              alt={proposal.imageAlt ?? ''}
              className="max-h-32 rounded border border-slate-200"
            />
            <figcaption className="text-sm text-muted">Neues Logo</figcaption>
          </figure>
        ) : null}
      </section>
      {data.submission.status === 'pending' ? (
        <ReviewForm
          action={reviewProfileAction}
          id={data.submission.id}
          label={`${data.english ? 'Englischer Profiltext' : 'Profiländerung'} ${data.current.name}`}
        />
      ) : null}
    </div>
  )
}
