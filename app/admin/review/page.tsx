import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import Link from 'next/link'
import { reviewTranslationAction } from '../_translation/actions'
import { reviewEventAction } from '../events/actions'
import { reviewNewsAction } from '../news/actions'
import { ReviewForm } from '@/components/admin/review-form'
import { getReviewQueue } from '@/db/admin/review-queue'
import { formatTimestamp } from '@/lib/dates'
import { englishAdminPath } from '@/lib/translation-kinds'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'

/** The mark of an entry about an English version. */
function EnglishMark({ label }: { label: string }) {
  return (
    <span className="mr-2 rounded bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">
      {label}
    </span>
  )
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('review')
  return { title: t('title') }
}

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('editor', 'admin')
  const queue = await getReviewQueue()
  const t = await getAdminTranslations('review')
  const locale = await getAdminLocale()
  const when = (instant: Date) => formatTimestamp(instant, locale)
  const empty =
    queue.news.length + queue.events.length + queue.profiles.length + queue.translations.length ===
    0
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      {(await searchParams).erledigt ? (
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          {t('decided')}
        </p>
      ) : null}
      {empty ? <p className="text-muted">{t('empty')}</p> : null}
      {queue.profiles.length > 0 ? (
        <section
          aria-labelledby="profile-titel"
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="profile-titel" className="text-lg font-semibold">
            {t('profiles')}
          </h2>
          <ul className="mt-3 flex flex-col gap-2">
            {queue.profiles.map((item) => (
              <li key={item.id}>
                {item.locale === 'en' ? <EnglishMark label={t('english')} /> : null}
                <Link
                  href={`/admin/review/profil/${item.id}`}
                  className="font-medium text-brand-800 underline"
                >
                  {item.partnerName}
                </Link>{' '}
                <span className="text-sm text-muted">
                  {item.locale === 'en' ? t('englishProfilePrefix') : ''}
                  {item.submittedBy
                    ? t('submittedBy', { date: when(item.createdAt), name: item.submittedBy })
                    : t('submitted', { date: when(item.createdAt) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {(
        [
          [t('news'), queue.news, 'news', reviewNewsAction],
          [t('events'), queue.events, 'events', reviewEventAction],
        ] as const
      ).map(([title, items, path, action]) =>
        items.length > 0 ? (
          <section
            key={path}
            aria-label={title}
            className="rounded-lg border border-slate-200 bg-white p-5"
          >
            <h2 className="text-lg font-semibold">{title}</h2>
            <ul className="mt-3 flex flex-col gap-5">
              {items.map((item) => (
                <li
                  key={item.id}
                  className="flex flex-col gap-2 border-t border-slate-200 pt-3 first:border-0 first:pt-0"
                >
                  <p>
                    <Link
                      href={`/admin/${path}/${item.id}`}
                      className="font-medium text-brand-800 underline"
                    >
                      {item.title}
                    </Link>{' '}
                    <span className="text-sm text-muted">
                      {item.partnerName ? t('byPartner', { name: item.partnerName }) : ''}
                      {when(item.updatedAt)}
                    </span>
                  </p>
                  <ReviewForm
                    action={action}
                    id={item.id}
                    revisionId={item.revisionId}
                    label={item.title}
                  />
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
      {queue.translations.length > 0 ? (
        <section
          aria-label={t('translations')}
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 className="text-lg font-semibold">{t('translations')}</h2>
          <ul className="mt-3 flex flex-col gap-5">
            {queue.translations.map((item) => (
              <li
                key={item.id}
                className="flex flex-col gap-2 border-t border-slate-200 pt-3 first:border-0 first:pt-0"
              >
                <p>
                  <EnglishMark label={t('english')} />
                  <Link
                    href={englishAdminPath(item.entityType, item.entityId)}
                    lang="en"
                    className="font-medium text-brand-800 underline"
                  >
                    {item.title || item.germanTitle}
                  </Link>{' '}
                  <span className="text-sm text-muted">
                    {item.partnerName
                      ? t('translationLineBy', {
                          kind: item.entityType,
                          title: item.germanTitle,
                          partner: item.partnerName,
                          date: when(item.updatedAt),
                        })
                      : t('translationLine', {
                          kind: item.entityType,
                          title: item.germanTitle,
                          date: when(item.updatedAt),
                        })}
                  </span>
                </p>
                <ReviewForm
                  action={reviewTranslationAction}
                  id={item.id}
                  revisionId={item.revisionId}
                  label={t('translationLabel', { title: item.title || item.germanTitle })}
                  idPrefix="notiz-englisch"
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
