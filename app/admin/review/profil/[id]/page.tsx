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

import { parseStoredSites } from '@/lib/validation/location'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'

/** The fields of an English profile text, labelled by message key (`profile.fields.<key>`). */
const ENGLISH_PROFILE_KEYS = ['body', 'quoteText', 'quoteAuthorFunction', 'imageAlt'] as const

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('review')
  return { title: t('profile.title') }
}

export default async function ProfileReviewPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole('editor', 'admin')
  const id = Number((await params).id)
  const data = Number.isSafeInteger(id) && id > 0 ? await getSubmission(id) : null
  if (!data) notFound()
  const t = await getAdminTranslations('review')
  const locale = await getAdminLocale()
  const englishFields: FieldSpec[] = ENGLISH_PROFILE_KEYS.map((key) => ({
    key,
    label: t(`profile.fields.${key}`),
  }))
  const proposal = data.proposal
  const current = { ...data.current, sites: parseStoredSites(data.current.sites) }
  const changes = data.english
    ? diffSnapshots(data.english.current, data.english.proposal, englishFields)
    : diffSnapshots(
        current,
        { ...current, ...proposal, logoImageId: proposal?.imageId || null },
        PARTNER_FIELDS.map((field) => ({
          ...field,
          label: t(`profile.partnerFields.${field.key}`),
        })),
      )
  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm">
        <Link href="/admin/review" className="text-brand-800 underline">
          {t('profile.back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">
        {t(data.english ? 'profile.headingEnglish' : 'profile.heading', {
          name: data.current.name,
        })}
      </h1>
      <p className="text-muted">
        {t('profile.submitted', {
          date: formatTimestamp(data.submission.createdAt, locale),
          status: data.submission.status,
        })}
      </p>
      <section
        aria-label={t('profile.changes')}
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        {changes.length === 0 ? (
          <p className="text-muted">{t('profile.noChange')}</p>
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
            <figcaption className="text-sm text-muted">{t('profile.newLogo')}</figcaption>
          </figure>
        ) : null}
      </section>
      {data.submission.status === 'pending' ? (
        <ReviewForm
          action={reviewProfileAction}
          id={data.submission.id}
          label={t(data.english ? 'profile.labelEnglish' : 'profile.label', {
            name: data.current.name,
          })}
        />
      ) : null}
    </div>
  )
}
