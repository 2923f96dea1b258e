import Link from 'next/link'
import { SubscribeForm } from '@/components/newsletter/subscribe-form'
import { NEWSLETTER_TEXT } from '@/lib/newsletter/texts'
import { SITE } from '@/lib/site'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-10 text-sm text-muted sm:flex-row sm:items-start sm:justify-between sm:px-6">
        <div>
          <p className="font-semibold text-ink">{SITE.name}</p>
          <p>{SITE.tagline}</p>
        </div>
        <section aria-labelledby="newsletter-fuss" className="max-w-xs">
          <h2 id="newsletter-fuss" className="font-semibold text-ink">
            {NEWSLETTER_TEXT.de.footerTitle}
          </h2>
          <SubscribeForm compact />
        </section>
        <nav aria-label="Rechtliches und Service">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/impressum" className="text-ink underline hover:text-brand-800">
                Impressum
              </Link>
            </li>
            <li>
              <Link href="/datenschutz" className="text-ink underline hover:text-brand-800">
                Datenschutz
              </Link>
            </li>
            <li>
              <Link href="/barrierefreiheit" className="text-ink underline hover:text-brand-800">
                Barrierefreiheit
              </Link>
            </li>
            <li>
              <a href="/feed.xml" className="text-ink underline hover:text-brand-800">
                RSS-Feed
              </a>
            </li>
            <li>
              <Link
                href="/login"
                className="text-ink underline hover:text-brand-800"
                prefetch={false}
              >
                Anmelden
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
