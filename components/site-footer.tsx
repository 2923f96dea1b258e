import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { SubscribeForm } from '@/components/newsletter/subscribe-form'
import type { Locale } from '@/lib/i18n/locales'
import { infoPagePath, sectionPath } from '@/lib/i18n/paths'
import { siteTexts } from '@/lib/i18n/site-texts'

export async function SiteFooter({ locale = 'de' }: { locale?: Locale }) {
  const t = await getTranslations({ locale, namespace: 'footer' })
  const newsletter = await getTranslations({ locale, namespace: 'newsletter' })
  const site = await siteTexts(locale)
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-10 text-sm text-muted sm:flex-row sm:items-start sm:justify-between sm:px-6">
        <div>
          <p className="font-semibold text-ink">{site.name}</p>
          <p>{site.tagline}</p>
        </div>
        {/* The form subscribes in the page's language: its mails come in that language. */}
        <section aria-labelledby="newsletter-fuss" className="max-w-xs">
          <h2 id="newsletter-fuss" className="font-semibold text-ink">
            {newsletter('footerTitle')}
          </h2>
          <SubscribeForm compact />
        </section>
        <nav aria-label={t('nav')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link
                href={infoPagePath('impressum', locale)}
                className="text-ink underline hover:text-brand-800"
              >
                {t('imprint')}
              </Link>
            </li>
            <li>
              <Link
                href={infoPagePath('datenschutz', locale)}
                className="text-ink underline hover:text-brand-800"
              >
                {t('privacy')}
              </Link>
            </li>
            <li>
              <Link
                href={infoPagePath('barrierefreiheit', locale)}
                className="text-ink underline hover:text-brand-800"
              >
                {t('accessibility')}
              </Link>
            </li>
            <li>
              <a
                href={sectionPath('feed', locale)}
                className="text-ink underline hover:text-brand-800"
              >
                {t('feed')}
              </a>
            </li>
            <li>
              <Link
                href="/login"
                className="text-ink underline hover:text-brand-800"
                prefetch={false}
              >
                {t('login')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
