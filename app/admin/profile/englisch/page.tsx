import type { Metadata } from 'next'
import { ProfileTranslationForm } from './profile-translation-form'
import { LanguageTabs } from '@/components/admin/language-tabs'
import { requirePageRole, UserError } from '@/db/auth/guard'
import { getOwnProfileTranslation } from '@/db/admin/profile-translation'
import { formatTimestamp } from '@/lib/dates'

export const metadata: Metadata = { title: 'Unser Profil auf Englisch' }

export default async function OwnProfileEnglishPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('partner')
  let data
  try {
    data = await getOwnProfileTranslation()
  } catch (error) {
    if (error instanceof UserError)
      return <p className="rounded border border-amber-600 bg-amber-50 p-4">{error.message}</p>
    throw error
  }
  const { partner, pending, lastDecision, current, published } = data
  const source = pending?.data ?? current
  return (
    <div className="flex flex-col gap-5">
      <LanguageTabs
        germanHref="/admin/profile"
        englishHref="/admin/profile/englisch"
        current="en"
      />
      <h1 className="text-2xl font-bold text-brand-900">
        Unser Profil auf Englisch: {partner.name}
      </h1>
      <p className="text-sm text-muted">
        {published
          ? 'Ein englisches Profil ist veröffentlicht.'
          : 'Noch ist kein englisches Profil veröffentlicht; englische Besucher sehen den deutschen Text.'}
      </p>
      {(await searchParams).eingereicht ? (
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          Eingereicht. Die Redaktion prüft Ihren englischen Text; bis dahin bleibt das englische
          Profil unverändert.
        </p>
      ) : null}
      {pending ? (
        <p role="note" className="rounded border border-sky-600 bg-sky-50 px-4 py-3 text-sky-950">
          Ihr englischer Text vom {formatTimestamp(pending.createdAt)} wartet auf Prüfung.
        </p>
      ) : lastDecision?.status === 'rejected' ? (
        <p role="note" className="rounded border border-amber-600 bg-amber-50 px-4 py-3">
          Ihr letzter englischer Text wurde nicht übernommen
          {lastDecision.reviewComment ? `: „${lastDecision.reviewComment}“` : '.'}
        </p>
      ) : null}
      <ProfileTranslationForm
        defaultValues={{
          body: source.body,
          quoteText: source.quoteText ?? '',
          quoteAuthorFunction: source.quoteAuthorFunction ?? '',
          imageAlt: source.imageAlt ?? '',
        }}
      />
    </div>
  )
}
