import type { MetadataRoute } from 'next'
import { getCalendarEvents } from '@/db/public-events'
import { getNewsSitemap } from '@/db/public-news'
import { getPageSitemap } from '@/db/public-pages'
import { getPartnerSitemap } from '@/db/public-partners'
import { absoluteUrl } from '@/lib/site'

/** Every public URL, and nothing else: published partners, news, events and the pages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [partners, news, events, pages] = await Promise.all([
    getPartnerSitemap(),
    getNewsSitemap(),
    getCalendarEvents(),
    getPageSitemap(),
  ])
  return [
    { url: absoluteUrl('/'), changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl('/partner'), changeFrequency: 'daily', priority: 0.9 },
    { url: absoluteUrl('/aktuelles'), changeFrequency: 'daily', priority: 0.8 },
    { url: absoluteUrl('/veranstaltungen'), changeFrequency: 'daily', priority: 0.8 },
    ...pages.map((p) => ({
      url: absoluteUrl(`/${p.slug}`),
      lastModified: p.updatedAt,
      changeFrequency: 'yearly' as const,
      priority: 0.2,
    })),
    ...partners.map((p) => ({
      url: absoluteUrl(`/partner/${p.slug}`),
      lastModified: p.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.7,
    })),
    ...news.map((n) => ({
      url: absoluteUrl(`/aktuelles/${n.slug}`),
      lastModified: n.updatedAt,
      changeFrequency: 'yearly' as const,
      priority: 0.6,
    })),
    ...events.map((e) => ({
      url: absoluteUrl(`/veranstaltungen/${e.slug}`),
      lastModified: e.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.5,
    })),
  ]
}
