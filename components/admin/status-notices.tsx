import Link from 'next/link'

/** The backend's 403 page, inside the backend layout. */
export function ForbiddenNotice() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-red-800">Fehler 403</p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Keine Berechtigung</h1>
      <p className="mt-2 text-muted">Dieser Bereich ist für Ihre Rolle nicht freigegeben.</p>
      <p className="mt-4">
        <Link href="/admin" className="text-brand-800 underline">
          Zur Übersicht
        </Link>
      </p>
    </div>
  )
}

/** The backend's 404 page, inside the backend layout. */
export function AdminNotFoundNotice() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Fehler 404</p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Nicht gefunden</h1>
      <p className="mt-2 text-muted">
        Diesen Eintrag gibt es nicht (mehr), oder er wurde gelöscht.
      </p>
      <p className="mt-4">
        <Link href="/admin" className="text-brand-800 underline">
          Zur Übersicht
        </Link>
      </p>
    </div>
  )
}
