import { Feed } from 'feed'
import { berlinLocalToInstant } from '@/lib/dates'

/* The news feed (RSS 2.0), built with the `feed` library. */

export type FeedEntry = {
  slug: string
  title: string
  lead: string
  date: string
  place: string | null
  updatedAt: Date
  bodyHtml: string
}

export function buildNewsFeed(
  items: FeedEntry[],
  site: { url: string; name: string; description: string },
): string {
  const published = (item: FeedEntry) => berlinLocalToInstant(item.date)
  const feed = new Feed({
    title: `${site.name} – Aktuelles`,
    description: site.description,
    id: `${site.url}/aktuelles`,
    link: `${site.url}/aktuelles`,
    language: 'de',
    copyright: site.name,
    updated:
      items.length > 0
        ? new Date(
            Math.max(...items.map((i) => Math.max(published(i).getTime(), i.updatedAt.getTime()))),
          )
        : new Date(0),
    generator: site.name,
    feedLinks: { rss: `${site.url}/feed.xml` },
  })
  for (const item of items) {
    const link = `${site.url}/aktuelles/${item.slug}`
    feed.addItem({
      title: item.title,
      id: link,
      link,
      description: [item.place, item.lead].filter(Boolean).join(' – ') || item.title,
      content: item.bodyHtml,
      date: published(item),
    })
  }
  return feed.rss2()
}
