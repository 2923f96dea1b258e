'use client'

import { formatTimestamp } from '@/lib/dates'

/** The offer to take back an autosaved version that differs from the saved one. */
export function AutosaveOffer({
  savedAt,
  onRestore,
  onDiscard,
}: {
  savedAt: string
  onRestore: () => void
  onDiscard: () => void
}) {
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-3 rounded border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <p>
        Es gibt eine automatisch gespeicherte Fassung mit Änderungen, die nicht gespeichert wurden.
      </p>
      <button
        type="button"
        onClick={onRestore}
        className="rounded border border-amber-800 bg-white px-3 py-1.5 text-sm font-medium"
      >
        Automatisch gespeicherte Fassung vom {formatTimestamp(new Date(savedAt))} wiederherstellen
      </button>
      <button type="button" onClick={onDiscard} className="text-sm underline">
        Verwerfen
      </button>
    </div>
  )
}
