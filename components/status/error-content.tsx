import Link from 'next/link'

/**
 * The error page's content. `retry` is the error boundary's; the server-rendered page (for a
 * browser without JavaScript) has none and asks to reload instead.
 */
export function ErrorContent({ retry }: { retry?: () => void }) {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Fehler</p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Da ist etwas schiefgegangen</h1>
      <p className="mt-4 text-lg text-muted">
        Die Seite konnte gerade nicht angezeigt werden. Bitte versuchen Sie es in einem Moment noch
        einmal{retry ? '' : ' (Seite neu laden)'}.
      </p>
      <p className="mt-8 flex flex-wrap gap-3">
        {retry ? (
          <button
            type="button"
            onClick={retry}
            className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
          >
            Erneut versuchen
          </button>
        ) : null}
        <Link
          href="/"
          className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 no-underline hover:bg-brand-50"
        >
          Zur Startseite
        </Link>
      </p>
    </div>
  )
}
