import { getMessages } from 'next-intl/server'
import { ClientMessages } from '@/components/i18n/client-messages'
import { RootDocument } from '@/components/root-document'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import type { Locale } from '@/lib/i18n/locales'

/** The public site's document in one language: header, main content, footer. */
export async function PublicShell({
  locale,
  children,
}: {
  locale: Locale
  children: React.ReactNode
}) {
  const messages = await getMessages({ locale })
  // The client needs the newsletter forms' texts; the mails' texts stay on the server.
  const newsletter = Object.fromEntries(
    Object.entries(messages.newsletter as Record<string, unknown>).filter(([k]) => k !== 'mail'),
  )
  return (
    <RootDocument lang={locale}>
      <ClientMessages locale={locale} messages={{ status: messages.status, newsletter }}>
        <div className="flex min-h-screen flex-col">
          <SiteHeader locale={locale} />
          <main id="inhalt" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </div>
      </ClientMessages>
    </RootDocument>
  )
}
