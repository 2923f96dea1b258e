import { berlinLocalToInstant } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import { newsPath, sectionPath, slugIn } from '@/lib/i18n/paths'
import { escapeXml, xmlElement } from '@/lib/xml'

/*
 * The news feed (RSS 2.0 with the content and Atom modules). Written here rather than with a
 * feed library: every value is plain text escaped by lib/xml.ts, which also holds for text that
 * contains "]]>" (the `feed` package wraps text in CDATA and splits only the first "]]>", so a
 * lead could end the section and add items of its own).
 */

export type FeedEntry = {
  slug: string
  title: string
  lead: string
  date: string
  place: string | null
  updatedAt: Date
  bodyHtml: string
  /** The language of the item's texts; an English feed marks German ones. */
  lang?: Locale
  slugs?: { de: string; en: string | null }
}

/** The feed's language and title (German by default: /feed.xml; English: /en/feed.xml). */
export type FeedOptions = { locale?: Locale; title?: string }

export function buildNewsFeed(
  items: FeedEntry[],
  site: { url: string; name: string; description: string },
  options: FeedOptions = {},
): string {
  const locale = options.locale ?? 'de'
  const published = (item: FeedEntry) => berlinLocalToInstant(item.date)
  const updated =
    items.length > 0
      ? new Date(
          Math.max(...items.map((i) => Math.max(published(i).getTime(), i.updatedAt.getTime()))),
        )
      : new Date(0)
  const list = `${site.url}${sectionPath('news', locale)}`
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    xmlElement('title', options.title ?? `${site.name} – Aktuelles`),
    xmlElement('link', list),
    xmlElement('description', site.description),
    xmlElement('lastBuildDate', updated.toUTCString()),
    xmlElement('docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    xmlElement('generator', site.name),
    xmlElement('language', locale),
    xmlElement('copyright', site.name),
    `<atom:link href="${escapeXml(`${site.url}${sectionPath('feed', locale)}`)}" rel="self" type="application/rss+xml"/>`,
  ]
  for (const item of items) {
    const slug = item.slugs ? slugIn(item.slugs, locale) : item.slug
    const link = `${site.url}${newsPath(slug, locale)}`
    lines.push(
      '<item>',
      // An item not yet translated keeps its German texts, and says so (RSS has no per-item
      // language; Dublin Core's dc:language is read by the common feed readers).
      xmlElement('title', item.title),
      item.lang && item.lang !== locale ? xmlElement('dc:language', item.lang) : '',
      xmlElement('link', link),
      `<guid isPermaLink="false">${escapeXml(link)}</guid>`,
      xmlElement('pubDate', published(item).toUTCString()),
      xmlElement('description', [item.place, item.lead].filter(Boolean).join(' – ') || item.title),
      xmlElement('content:encoded', item.bodyHtml),
      '</item>',
    )
  }
  lines.push('</channel>', '</rss>', '')
  return lines.filter(Boolean).join('\n')
}
