import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { absoluteUrl } from '@/lib/site'

// Read per request: the sitemap address comes from SITE_URL as the server runs, not as built.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection()
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/admin', '/login', '/api/', '/suche', '/en/search', '/vorschau'],
      },
    ],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
