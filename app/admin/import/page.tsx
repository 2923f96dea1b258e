import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { ImportPanel } from './import-panel'
import { requireRole } from '@/db/auth/guard'

export const metadata: Metadata = { title: 'Import und Export' }

export default async function ImportPage() {
  await requirePageRole('admin')
  await requireRole('admin')
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">Import und Export</h1>
      <section
        aria-labelledby="import-titel"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="import-titel" className="text-lg font-semibold">
          Partnerprofile importieren
        </h2>
        <p className="mt-1 text-sm text-muted">
          Markdown mit YAML-Kopf (name, slug, category, logo, citeQuote, citeAuthor,
          citeAuthorFunction). Bestehende Profile (gleicher slug) werden aktualisiert, nichts wird
          doppelt angelegt.
        </p>
        <div className="mt-4">
          <ImportPanel />
        </div>
      </section>
      <section
        aria-labelledby="export-titel"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="export-titel" className="text-lg font-semibold">
          Partnerprofile exportieren
        </h2>
        <ul className="mt-3 flex flex-col gap-2">
          <li>
            <a href="/admin/export/partner.zip" className="font-medium text-brand-800 underline">
              Markdown-Dateien mit Logos (ZIP)
            </a>{' '}
            – lässt sich hier unverändert wieder importieren
          </li>
          <li>
            <a href="/admin/export/partner.csv" className="font-medium text-brand-800 underline">
              Tabelle (CSV)
            </a>
          </li>
          <li>
            <a href="/admin/export/partner.json" className="font-medium text-brand-800 underline">
              JSON
            </a>
          </li>
        </ul>
      </section>
    </div>
  )
}
