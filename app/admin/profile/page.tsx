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
import { locationFormValues, parseStoredSites } from '@/lib/validation/location'

export const metadata: Metadata = { title: 'Unser Profil' }

export default async function OwnProfilePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('partner')
  let data
  try {
    data = await getOwnProfile()
  } catch (error) {
    if (error instanceof UserError)
      return <p className="rounded border border-amber-600 bg-amber-50 p-4">{error.message}</p>
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
      <h1 className="text-2xl font-bold text-brand-900">Unser Profil: {profile.name}</h1>
      <p className="text-sm">
        <Link href={`/partner/${profile.slug}`} className="text-brand-800 underline">
          Veröffentlichtes Profil ansehen
        </Link>
      </p>
      {(await searchParams).eingereicht ? (
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          Eingereicht. Die Redaktion prüft Ihre Änderung; bis dahin bleibt das veröffentlichte
          Profil unverändert.
        </p>
      ) : null}
      {pending ? (
        <p role="note" className="rounded border border-sky-600 bg-sky-50 px-4 py-3 text-sky-950">
          Ihre Änderung vom {formatTimestamp(pending.createdAt)} wartet auf Prüfung. Sie sehen sie
          unten und können sie noch einmal ändern.
        </p>
      ) : lastDecision?.status === 'rejected' ? (
        <p
          role="note"
          className="rounded border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950"
        >
          Ihre letzte Änderung wurde nicht übernommen
          {lastDecision.reviewComment ? `: „${lastDecision.reviewComment}“` : '.'}
        </p>
      ) : lastDecision?.status === 'approved' ? (
        <p
          role="note"
          className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          Ihre letzte Änderung wurde freigegeben
          {lastDecision.reviewedAt ? ` (${formatTimestamp(lastDecision.reviewedAt)})` : ''}.
        </p>
      ) : null}
      <PreviewPanel
        href={`/vorschau/partner/${profile.id}`}
        hint="wie das öffentliche Profil nach der Freigabe: mit Ihrer eingereichten Änderung und ungespeicherten Eingaben"
      />
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
