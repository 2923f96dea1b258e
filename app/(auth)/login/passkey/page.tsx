import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { passkeyLoginAction, passkeyLoginOptionsAction } from '../../second-step-actions'
import { PasskeyButton } from '@/components/auth/passkey-button'
import { getCurrentUser } from '@/db/auth/session'
import { safeCallbackPath } from '@/lib/safe-redirect'

export const instant = false

export const metadata: Metadata = {
  title: 'Mit Passkey anmelden',
  robots: { index: false, follow: false },
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function PasskeyLoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const callbackUrl = safeCallbackPath(
    Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl,
  )
  if (await getCurrentUser()) redirect(callbackUrl)
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Mit Passkey anmelden</h1>
      <p className="mt-2 text-muted">
        Ohne Passwort: Ihr Gerät fragt nach Fingerabdruck, Gesicht oder PIN.
      </p>
      <div className="mt-6">
        <PasskeyButton
          label="Passkey verwenden"
          mode="authenticate"
          options={passkeyLoginOptionsAction}
          submit={passkeyLoginAction}
          fields={{ callbackUrl }}
        />
      </div>
      <p className="mt-6 text-sm">
        <Link href="/login" className="text-brand-800 underline">
          Mit Passwort anmelden
        </Link>
      </p>
    </>
  )
}
