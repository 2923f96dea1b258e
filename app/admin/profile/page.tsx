import { requirePageRole } from '@/db/auth/guard'
import { autosaveFor } from '@/db/admin/autosave'
import type { Metadata } from 'next'
import Link from 'next/link'
import { ProfileForm } from './profile-form'
import { PreviewPanel } from '@/components/admin/preview-panel'
import { LanguageTabs } from '@/components/admin/language-tabs'
import { UserError } from '@/db/auth/guard'
import { getOwnProfile } from '@/db/admin/submissions'
import { formatTimestamp } from '@/lib/dates'
import { translateError } from '@/lib/i18n/admin-errors'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import { locationFormValues, parseStoredSites } from '@/lib/validation/location'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('profile')
  return { title: t('title') }
}

export default async function OwnProfilePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('partner')
  const t = await getAdminTranslations('profile')
  const locale = await getAdminLocale()
  let data
  try {
    data = await getOwnProfile()
  } catch (error) {
    if (error instanceof UserError)
      return (
        <p className="rounded border border-amber-600 bg-amber-50 p-4">
          {translateError(error.message, locale)}
        </p>
      )
    throw error
  }
  const { profile, pending, lastDecision } = data
  const source = pending?.data
  return (
    <div className="flex flex-col gap-5">
      <LanguageTabs
        germanHref="/admin/profile"
        englishHref="/admin/profile/englisch"
        current="de"
      />
      <h1 className="text-2xl font-bold text-brand-900">{t('heading', { name: profile.name })}</h1>
      <p className="text-sm">
        <Link href={`/partner/${profile.slug}`} className="text-brand-800 underline">
          {t('viewPublished')}
        </Link>
      </p>
      {(await searchParams).eingereicht ? (
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          {t('submitted')}
        </p>
      ) : null}
      {pending ? (
        <p role="note" className="rounded border border-sky-600 bg-sky-50 px-4 py-3 text-sky-950">
          {t('pending', { date: formatTimestamp(pending.createdAt, locale) })}
        </p>
      ) : lastDecision?.status === 'rejected' ? (
        <p
          role="note"
          className="rounded border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950"
        >
          {lastDecision.reviewComment
            ? t('rejectedWithComment', { comment: lastDecision.reviewComment })
            : t('rejected')}
        </p>
      ) : lastDecision?.status === 'approved' ? (
        <p
          role="note"
          className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          {lastDecision.reviewedAt
            ? t('approvedAt', { date: formatTimestamp(lastDecision.reviewedAt, locale) })
            : t('approved')}
        </p>
      ) : null}
      <PreviewPanel href={`/vorschau/partner/${profile.id}`} hint={t('previewHint')} />
      <ProfileForm
        autosave={await autosaveFor('profile', null)}
        defaultValues={{
          website: source ? (source.website ?? '') : (profile.website ?? ''),
          // A proposal from before partners could propose a position keeps the stored one.
          ...(source && 'lat' in (source as object)
            ? locationFormValues(source, source.sites)
            : locationFormValues(
                { ...profile, city: source ? source.city : profile.city },
                parseStoredSites(profile.sites),
              )),
          quoteText: source ? (source.quoteText ?? '') : (profile.quoteText ?? ''),
          quoteAuthor: source ? (source.quoteAuthor ?? '') : (profile.quoteAuthor ?? ''),
          quoteAuthorFunction: source
            ? (source.quoteAuthorFunction ?? '')
            : (profile.quoteAuthorFunction ?? ''),
          body: source ? source.body : profile.body,
          // A proposal without a logo field keeps the current logo; '' removes it.
          imageId: source?.imageId ?? profile.logo?.id ?? '',
          imageAlt:
            source?.imageId !== undefined ? (source.imageAlt ?? '') : (profile.logo?.alt ?? ''),
        }}
      />
    </div>
  )
}
