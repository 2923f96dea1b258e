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

/** The mark of an entry about an English version. */
function EnglishMark() {
  return (
    <span className="mr-2 rounded bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">
      Englisch
    </span>
  )
}

export const metadata: Metadata = { title: 'Prüfung' }

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('editor', 'admin')
  const queue = await getReviewQueue()
  const empty =
    queue.news.length + queue.events.length + queue.profiles.length + queue.translations.length ===
    0
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">Prüfung</h1>
      {(await searchParams).erledigt ? (
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          Entscheidung gespeichert.
        </p>
      ) : null}
      {empty ? <p className="text-muted">Nichts wartet auf Prüfung.</p> : null}
      {queue.profiles.length > 0 ? (
        <section
          aria-labelledby="profile-titel"
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="profile-titel" className="text-lg font-semibold">
            Profiländerungen
          </h2>
          <ul className="mt-3 flex flex-col gap-2">
            {queue.profiles.map((item) => (
              <li key={item.id}>
                {item.locale === 'en' ? <EnglishMark /> : null}
                <Link
                  href={`/admin/review/profil/${item.id}`}
                  className="font-medium text-brand-800 underline"
                >
                  {item.partnerName}
                </Link>{' '}
                <span className="text-sm text-muted">
                  {item.locale === 'en' ? 'englischer Profiltext, ' : ''}
                  eingereicht {formatTimestamp(item.createdAt)}
                  {item.submittedBy ? ` von ${item.submittedBy}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {(
        [
          ['Meldungen', queue.news, 'news', reviewNewsAction],
          ['Veranstaltungen', queue.events, 'events', reviewEventAction],
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
                      {item.partnerName ? `von ${item.partnerName}, ` : ''}
                      {formatTimestamp(item.updatedAt)}
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
          aria-label="Englische Fassungen"
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 className="text-lg font-semibold">Englische Fassungen</h2>
          <ul className="mt-3 flex flex-col gap-5">
            {queue.translations.map((item) => (
              <li
                key={item.id}
                className="flex flex-col gap-2 border-t border-slate-200 pt-3 first:border-0 first:pt-0"
              >
                <p>
                  <EnglishMark />
                  <Link
                    href={englishAdminPath(item.entityType, item.entityId)}
                    lang="en"
                    className="font-medium text-brand-800 underline"
                  >
                    {item.title || item.germanTitle}
                  </Link>{' '}
                  <span className="text-sm text-muted">
                    {item.entityType === 'news' ? 'Meldung' : 'Veranstaltung'} „{item.germanTitle}“
                    {item.partnerName ? `, von ${item.partnerName}` : ''},{' '}
                    {formatTimestamp(item.updatedAt)}
                  </span>
                </p>
                <ReviewForm
                  action={reviewTranslationAction}
                  id={item.id}
                  revisionId={item.revisionId}
                  label={`Englische Fassung ${item.title || item.germanTitle}`}
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
