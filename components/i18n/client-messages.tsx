'use client'

import { NextIntlClientProvider } from 'next-intl'
import type { Locale } from '@/lib/i18n/locales'

/*
 * Messages for the few client components of the public site (the error boundary). Rendered from
 * a client module so next-intl's server provider, which would look for the request's locale,
 * is not involved; the layout passes the locale and only the namespaces the client needs.
 */
export function ClientMessages({
  locale,
  messages,
  children,
}: {
  locale: Locale
  messages: Record<string, unknown>
  children: React.ReactNode
}) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Europe/Berlin">
      {children}
    </NextIntlClientProvider>
  )
}
