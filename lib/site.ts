/*
 * The portal's name and address. SITE_URL is the canonical origin: used for links in feeds,
 * the sitemap and e-mails, never the Host header of a request.
 */
const url = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '')

export const SITE = {
  name: process.env.SITE_NAME || 'Clusterportal',
  tagline: process.env.SITE_TAGLINE || 'Das Technologie-Netzwerk der Region',
  description:
    process.env.SITE_DESCRIPTION ||
    'Partnerverzeichnis, Meldungen und Veranstaltungen des regionalen Technologie-Clusters.',
  url,
} as const

export function absoluteUrl(pathname: string): string {
  return `${url}${pathname.startsWith('/') ? pathname : `/${pathname}`}`
}
