import Link from 'next/link'

export default function Forbidden() {
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
