import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { LanguageNote, langIfOther } from '@/components/i18n/language-note'
import { formatEventTime } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import { eventPath, slugIn } from '@/lib/i18n/paths'

export type EventListEntry = {
  slug: string
  title: string
  summary: string
  startsAt: Date
  endsAt: Date | null
  allDay: boolean
  venueName: string | null
  online: boolean
  lang?: Locale
  slugs?: { de: string; en: string | null }
}

export async function EventList({
  items,
  locale = 'de',
}: {
  items: EventListEntry[]
  locale?: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'common' })
  return (
    <ol className="flex flex-col divide-y divide-slate-200">
      {items.map((item) => {
        const textLang = langIfOther(item.lang ?? 'de', locale)
        const slug = item.slugs ? slugIn(item.slugs, locale) : item.slug
        return (
          <li key={item.slug} className="py-5 first:pt-0">
            <article>
              <p className="text-sm font-medium text-brand-800">
                <time dateTime={item.startsAt.toISOString()}>
                  {formatEventTime(item.startsAt, item.endsAt, item.allDay, locale)}
                </time>
              </p>
              <h3 className="mt-1 text-lg font-semibold">
                <Link
                  href={eventPath(slug, locale)}
                  lang={textLang}
                  className="text-ink hover:underline"
                >
                  {item.title}
                </Link>
                {textLang ? <LanguageNote locale={locale} /> : null}
              </h3>
              <p className="text-sm text-muted">
                {[item.venueName, item.online ? t('online') : null].filter(Boolean).join(' · ')}
              </p>
              {item.summary ? (
                <p lang={textLang} className="mt-1 text-ink">
                  {item.summary}
                </p>
              ) : null}
            </article>
          </li>
        )
      })}
    </ol>
  )
}
