import Link from 'next/link'

/** The 404 page's content, inside whichever layout draws the header. */
export function NotFoundContent() {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Fehler 404</p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Seite nicht gefunden</h1>
      <p className="mt-4 text-lg text-muted">
        Diese Seite gibt es nicht (mehr). Vielleicht hat sich die Adresse geändert, oder der Inhalt
        ist nicht mehr veröffentlicht.
      </p>
      <ul className="mt-8 flex flex-wrap gap-3">
        <li>
          <Link
            href="/"
            className="inline-block rounded bg-brand-800 px-4 py-2 font-medium text-white no-underline hover:bg-brand-900"
          >
            Zur Startseite
          </Link>
        </li>
        <li>
          <Link
            href="/partner"
            className="inline-block rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 no-underline hover:bg-brand-50"
          >
            Partnerverzeichnis
          </Link>
        </li>
        <li>
          <Link
            href="/aktuelles"
            className="inline-block rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 no-underline hover:bg-brand-50"
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
          className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
        />
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          Suchen
        </button>
      </form>
    </div>
  )
}
