import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { LanguageNote, langIfOther } from '@/components/i18n/language-note'
import { formatEventTime } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import { eventPath, slugIn } from '@/lib/i18n/paths'

export type EventTeaserData = {
  slug: string
  title: string
  startsAt: Date
  endsAt: Date | null
  allDay: boolean
  venueName: string | null
  online: boolean
  lang?: Locale
  slugs?: { de: string; en: string | null }
}

export async function EventTeaser({
  item,
  headingLevel = 3,
  locale = 'de',
}: {
  item: EventTeaserData
  headingLevel?: 2 | 3
  locale?: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'common' })
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const textLang = langIfOther(item.lang ?? 'de', locale)
  const slug = item.slugs ? slugIn(item.slugs, locale) : item.slug
  return (
    <article className="flex flex-col gap-1">
      <p className="text-sm font-medium text-brand-800">
        <time dateTime={item.startsAt.toISOString()}>
          {formatEventTime(item.startsAt, item.endsAt, item.allDay, locale)}
        </time>
      </p>
      <Heading className="text-lg font-semibold leading-snug">
        <Link
          href={eventPath(slug, locale)}
          lang={textLang}
          className="text-ink underline-offset-2 hover:underline"
        >
          {item.title}
        </Link>
        {textLang ? <LanguageNote locale={locale} /> : null}
      </Heading>
      <p className="text-sm text-muted">
        {[item.venueName, item.online ? t('online') : null].filter(Boolean).join(' · ')}
      </p>
    </article>
  )
}
