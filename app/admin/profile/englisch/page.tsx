import type { Metadata } from 'next'
import { ProfileTranslationForm } from './profile-translation-form'
import { LanguageTabs } from '@/components/admin/language-tabs'
import { requirePageRole, UserError } from '@/db/auth/guard'
import { getOwnProfileTranslation } from '@/db/admin/profile-translation'
import { formatTimestamp } from '@/lib/dates'
import { translateError } from '@/lib/i18n/admin-errors'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('profile')
  return { title: t('english.title') }
}

export default async function OwnProfileEnglishPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('partner')
  const t = await getAdminTranslations('profile.english')
  const locale = await getAdminLocale()
  let data
  try {
    data = await getOwnProfileTranslation()
  } catch (error) {
    if (error instanceof UserError)
      return (
        <p className="rounded border border-amber-600 bg-amber-50 p-4">
          {translateError(error.message, locale)}
        </p>
      )
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
      <h1 className="text-2xl font-bold text-brand-900">{t('heading', { name: partner.name })}</h1>
      <p className="text-sm text-muted">{published ? t('published') : t('notPublished')}</p>
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
        <p role="note" className="rounded border border-amber-600 bg-amber-50 px-4 py-3">
          {lastDecision.reviewComment
            ? t('rejectedWithComment', { comment: lastDecision.reviewComment })
            : t('rejected')}
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
