import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { SecondStepForm } from './second-step-form'
import { currentPendingLogin, getCurrentUser } from '@/db/auth/session'
import { safeCallbackPath } from '@/lib/safe-redirect'

export const instant = false

export const metadata: Metadata = {
  title: 'Zweiter Schritt',
  robots: { index: false, follow: false },
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function SecondStepPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const callbackUrl = safeCallbackPath(
    Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl,
  )
  if (await getCurrentUser()) redirect(callbackUrl)
  const pending = await currentPendingLogin()
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Zweiter Schritt</h1>
      {pending ? (
        <SecondStepForm
          callbackUrl={callbackUrl}
          totp={pending.totp}
          passkey={pending.passkeys > 0}
        />
      ) : (
        <p role="alert" className="mt-4 rounded border border-amber-600 bg-amber-50 px-4 py-3">
          Die Anmeldung ist abgelaufen oder wurde schon abgeschlossen. Bitte melden Sie sich noch
          einmal an.
        </p>
      )}
      <p className="mt-6 text-sm">
        <Link href="/login" className="text-brand-800 underline">
          Zurück zur Anmeldung
        </Link>
      </p>
    </>
  )
}
