import type { MetadataRoute } from 'next'
import { getCalendarEvents } from '@/db/public/event-calendar'
import { getNewsSitemap } from '@/db/public/news'
import { getPageSitemap } from '@/db/public/pages'
import { getPartnerSitemap } from '@/db/public/partners'
import type { LocalePaths } from '@/lib/i18n/alternates'
import { locales } from '@/lib/i18n/locales'
import {
  eventPath,
  infoPagePath,
  newsPath,
  partnerPath,
  sectionPath,
  slugIn,
  type Section,
} from '@/lib/i18n/paths'
import { absoluteUrl } from '@/lib/site'
import { markupFreeUrl } from '@/lib/xml'

/* Next writes `url` into <loc> as it is, so nothing in it may be markup. */
const loc = (path: string) => markupFreeUrl(absoluteUrl(path))

type Entry = Omit<MetadataRoute.Sitemap[number], 'url' | 'alternates'>

/** A page in both languages: one entry each, both naming the two as xhtml:link alternates. */
function both(paths: LocalePaths, entry: Entry): MetadataRoute.Sitemap {
  const languages = { de: loc(paths.de), en: loc(paths.en), 'x-default': loc(paths.de) }
  return locales.map((locale) => ({ url: loc(paths[locale]), ...entry, alternates: { languages } }))
}

const section = (name: Section): LocalePaths => ({
  de: sectionPath(name, 'de'),
  en: sectionPath(name, 'en'),
})

/** Every public URL, and nothing else: published partners, news, events and the pages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [partners, news, events, pages] = await Promise.all([
    getPartnerSitemap(),
    getNewsSitemap(),
    getCalendarEvents(),
    getPageSitemap(),
  ])
  const pair = (
    slugs: { de: string; en: string | null },
    path: (slug: string, locale: 'de' | 'en') => string,
  ) => ({ de: path(slugs.de, 'de'), en: path(slugIn(slugs, 'en'), 'en') })
  return [
    ...both(section('home'), { changeFrequency: 'daily', priority: 1 }),
    ...both(section('partners'), { changeFrequency: 'daily', priority: 0.9 }),
    ...both(section('map'), { changeFrequency: 'daily', priority: 0.6 }),
    ...both(section('news'), { changeFrequency: 'daily', priority: 0.8 }),
    ...both(section('events'), { changeFrequency: 'daily', priority: 0.8 }),
    ...both(section('newsletter'), { changeFrequency: 'yearly', priority: 0.3 }),
    ...pages.flatMap((p) =>
      both(pair(p.slugs, infoPagePath), {
        lastModified: p.updatedAt,
        changeFrequency: 'yearly',
        priority: 0.2,
      }),
    ),
    ...partners.flatMap((p) =>
      both(pair(p.slugs, partnerPath), {
        lastModified: p.updatedAt,
        changeFrequency: 'monthly',
        priority: 0.7,
      }),
    ),
    ...news.flatMap((n) =>
      both(pair(n.slugs, newsPath), {
        lastModified: n.updatedAt,
        changeFrequency: 'yearly',
        priority: 0.6,
      }),
    ),
    ...events.flatMap((e) =>
      both(pair(e.slugs, eventPath), {
        lastModified: e.updatedAt,
        changeFrequency: 'monthly',
        priority: 0.5,
      }),
    ),
  ]
}
