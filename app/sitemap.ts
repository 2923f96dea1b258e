import type { MetadataRoute } from 'next'
import { getCalendarEvents } from '@/db/public/events'
import { getNewsSitemap } from '@/db/public/news'
import { getPageSitemap } from '@/db/public/pages'
import { getPartnerSitemap } from '@/db/public/partners'
import { absoluteUrl } from '@/lib/site'
import { markupFreeUrl } from '@/lib/xml'

/* Next writes `url` into <loc> as it is, so nothing in it may be markup. */
const loc = (path: string) => markupFreeUrl(absoluteUrl(path))

/** Every public URL, and nothing else: published partners, news, events and the pages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [partners, news, events, pages] = await Promise.all([
    getPartnerSitemap(),
    getNewsSitemap(),
    getCalendarEvents(),
    getPageSitemap(),
  ])
  return [
    { url: loc('/'), changeFrequency: 'daily', priority: 1 },
    { url: loc('/partner'), changeFrequency: 'daily', priority: 0.9 },
    { url: loc('/aktuelles'), changeFrequency: 'daily', priority: 0.8 },
    { url: loc('/veranstaltungen'), changeFrequency: 'daily', priority: 0.8 },
    ...pages.map((p) => ({
      url: loc(`/${p.slug}`),
      lastModified: p.updatedAt,
      changeFrequency: 'yearly' as const,
      priority: 0.2,
    })),
    ...partners.map((p) => ({
      url: loc(`/partner/${p.slug}`),
      lastModified: p.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.7,
    })),
    ...news.map((n) => ({
      url: loc(`/aktuelles/${n.slug}`),
      lastModified: n.updatedAt,
      changeFrequency: 'yearly' as const,
      priority: 0.6,
    })),
    ...events.map((e) => ({
      url: loc(`/veranstaltungen/${e.slug}`),
      lastModified: e.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.5,
    })),
  ]
}
