import Link from 'next/link'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'

export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main id="inhalt" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16 sm:px-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Fehler 404</p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">Seite nicht gefunden</h1>
        <p className="mt-4 text-lg text-muted">
          Diese Seite gibt es nicht (mehr). Vielleicht hat sich die Adresse geändert, oder der
          Inhalt ist nicht mehr veröffentlicht.
        </p>
        <ul className="mt-8 flex flex-wrap gap-3">
          <li>
            <Link
              href="/"
              className="rounded bg-brand-800 px-4 py-2 font-medium text-white no-underline hover:bg-brand-900"
            >
              Zur Startseite
            </Link>
          </li>
          <li>
            <Link
              href="/partner"
              className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 no-underline hover:bg-brand-50"
            >
              Partnerverzeichnis
            </Link>
          </li>
          <li>
            <Link
              href="/aktuelles"
              className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 no-underline hover:bg-brand-50"
            >
              Aktuelles
            </Link>
          </li>
        </ul>
        <form action="/suche" method="get" role="search" className="mt-10 flex max-w-md gap-2">
          <label htmlFor="nf-suche" className="sr-only">
            Im Portal suchen
          </label>
          <input
            id="nf-suche"
            name="q"
            type="search"
            placeholder="Im Portal suchen …"
            className="flex-1 rounded border border-slate-400 px-3 py-2"
          />
          <button
            type="submit"
            className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
          >
            Suchen
          </button>
        </form>
      </main>
      <SiteFooter />
    </div>
  )
}
