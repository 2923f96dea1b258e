import Link from 'next/link'
import { SITE } from '@/lib/site'

const NAV = [
  { href: '/partner', label: 'Partner' },
  { href: '/aktuelles', label: 'Aktuelles' },
  { href: '/veranstaltungen', label: 'Veranstaltungen' },
] as const

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-brand-800 focus:px-4 focus:py-2 focus:text-white"
      >
        Zum Inhalt springen
      </a>
      {/* A phone gets two lines: the name and the search button, then the three sections. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:gap-y-3 sm:px-6 sm:py-4">
        <Link href="/" className="group flex min-w-0 items-center gap-3 no-underline">
          <span
            aria-hidden="true"
            className="grid size-10 shrink-0 place-items-center rounded-lg bg-brand-800 text-lg font-bold text-white"
          >
            C
          </span>
          <span className="min-w-0 leading-tight">
            <span className="block text-lg font-bold text-brand-900 group-hover:underline">
              {SITE.name}
            </span>
            <span className="hidden text-sm text-muted sm:block">{SITE.tagline}</span>
          </span>
        </Link>
        <nav
          aria-label="Hauptnavigation"
          className="order-last -mx-2 flex w-full items-center gap-x-1 sm:order-none sm:mx-0 sm:w-auto"
        >
          {NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="rounded px-2 py-2 font-medium text-ink no-underline hover:bg-brand-50 hover:text-brand-800 sm:px-3"
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <form action="/suche" method="get" role="search" className="flex items-center">
          <label htmlFor="kopf-suche" className="sr-only">
            Suche im Portal
          </label>
          {/* On a phone only the button shows; it opens the search page with its own field. */}
          <input
            id="kopf-suche"
            name="q"
            type="search"
            placeholder="Suchen …"
            className="hidden w-36 rounded-l border border-slate-400 px-3 py-1.5 text-sm sm:block md:w-44"
          />
          <button
            type="submit"
            className="rounded border border-brand-800 bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 sm:rounded-l-none sm:border-l-0"
          >
            Suchen
          </button>
        </form>
      </div>
    </header>
  )
}
