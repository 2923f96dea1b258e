'use client'

import { useRouter } from 'next/navigation'

/** Recovery codes, shown once right after they were made; "Fertig" reloads the page without them. */
export function RecoveryCodesList({ codes }: { codes: string }) {
  const router = useRouter()
  return (
    <div className="rounded border border-amber-600 bg-amber-50 p-4">
      <h3 className="font-semibold">Ihre Wiederherstellungscodes</h3>
      <p className="mt-1 text-sm">
        Bewahren Sie diese zehn Codes sicher auf (ausgedruckt oder im Passwort-Manager). Jeder gilt
        einmal statt des zweiten Faktors. Sie werden nur jetzt angezeigt.
      </p>
      <ul aria-label="Wiederherstellungscodes" className="mt-3 grid grid-cols-2 gap-2 font-mono">
        {codes.split(' ').map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => router.refresh()}
        className="mt-4 rounded bg-brand-800 px-4 py-2 font-medium text-white"
      >
        Fertig, Codes gesichert
      </button>
    </div>
  )
}
