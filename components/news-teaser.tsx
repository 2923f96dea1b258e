import { LanguageNote, langIfOther } from '@/components/i18n/language-note'
import { formatDateline } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import { newsPath, slugIn } from '@/lib/i18n/paths'

export type NewsTeaserData = {
  slug: string
  title: string
  lead: string
  date: string
  place: string | null
  lang?: Locale
  slugs?: { de: string; en: string | null }
}

export function NewsTeaser({
  item,
  headingLevel = 3,
  locale = 'de',
}: {
  item: NewsTeaserData
  headingLevel?: 2 | 3
  locale?: Locale
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const textLang = langIfOther(item.lang ?? 'de', locale)
  const slug = item.slugs ? slugIn(item.slugs, locale) : item.slug
  return (
    <article className="flex flex-col gap-2">
      <p className="text-sm text-muted">
        <time dateTime={item.date}>{formatDateline(item.place, item.date, locale)}</time>
      </p>
      <Heading className="text-lg font-semibold leading-snug">
        <a
          href={newsPath(slug, locale)}
          lang={textLang}
          className="text-brand-800 underline-offset-2 hover:underline"
        >
          {item.title}
        </a>
        {textLang ? <LanguageNote locale={locale} /> : null}
      </Heading>
      {item.lead ? (
        <p lang={textLang} className="line-clamp-3 text-ink">
          {item.lead}
        </p>
      ) : null}
    </article>
  )
}
