import type { Metadata, Viewport } from 'next'
import { SITE } from '@/lib/site'
import type { Locale } from '@/lib/i18n/locales'
import '@/app/globals.css'

/*
 * The document around every page. The portal has one root layout per language area (German
 * public pages, English public pages, backend, login), so `<html lang>` is right on the server
 * for every page and a switch of language loads the other document.
 */
export function RootDocument({ lang, children }: { lang: Locale; children: React.ReactNode }) {
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  )
}

export function rootMetadata(texts: { description: string; ogLocale: string }): Metadata {
  return {
    metadataBase: new URL(SITE.url),
    title: { default: SITE.name, template: `%s – ${SITE.name}` },
    description: texts.description,
    applicationName: SITE.name,
    openGraph: { siteName: SITE.name, locale: texts.ogLocale, type: 'website' },
    formatDetection: { telephone: false, email: false, address: false },
  }
}

export const rootViewport: Viewport = {
  themeColor: '#0b4a5f',
  width: 'device-width',
  initialScale: 1,
}
