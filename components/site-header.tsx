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
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-4 py-4 sm:px-6">
        <Link href="/" className="group flex items-center gap-3 no-underline">
          <span
            aria-hidden="true"
            className="grid size-10 place-items-center rounded-lg bg-brand-800 text-lg font-bold text-white"
          >
            C
          </span>
          <span className="leading-tight">
            <span className="block text-lg font-bold text-brand-900 group-hover:underline">
              {SITE.name}
            </span>
            <span className="block text-sm text-muted">{SITE.tagline}</span>
          </span>
        </Link>
        <nav aria-label="Hauptnavigation" className="flex flex-wrap items-center gap-x-1 gap-y-2">
          {NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="rounded px-3 py-2 font-medium text-ink no-underline hover:bg-brand-50 hover:text-brand-800"
            >
              {item.label}
            </Link>
          ))}
          <form action="/suche" method="get" role="search" className="ml-1 flex items-center">
            <label htmlFor="kopf-suche" className="sr-only">
              Suche im Portal
            </label>
            <input
              id="kopf-suche"
              name="q"
              type="search"
              placeholder="Suchen …"
              className="w-36 rounded-l border border-slate-400 px-3 py-1.5 text-sm sm:w-44"
            />
            <button
              type="submit"
              className="rounded-r border border-l-0 border-brand-800 bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900"
            >
              Suchen
            </button>
          </form>
        </nav>
      </div>
    </header>
  )
}
