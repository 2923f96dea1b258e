import { getTranslations } from 'next-intl/server'
import { getNewsFeed } from '@/db/public/news'
import { buildNewsFeed } from '@/lib/feed'
import type { Locale } from '@/lib/i18n/locales'
import { siteTexts } from '@/lib/i18n/site-texts'
import { SITE } from '@/lib/site'

/** The news feed in a language: /feed.xml (German) and /en/feed.xml (English). */
export async function feedResponse(locale: Locale): Promise<Response> {
  const [items, t, site] = await Promise.all([
    getNewsFeed(30, locale),
    getTranslations({ locale, namespace: 'news' }),
    siteTexts(locale),
  ])
  const xml = buildNewsFeed(
    items,
    { url: SITE.url, name: SITE.name, description: site.description },
    { locale, title: t('feedTitle', { name: SITE.name }) },
  )
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
