import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { LoginForm } from './login-form'
import { getCurrentUser } from '@/db/auth/session'
import { safeCallbackPath } from '@/lib/safe-redirect'

export const instant = false

export const metadata: Metadata = { title: 'Anmelden', robots: { index: false, follow: false } }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const callbackUrl = safeCallbackPath(
    Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl,
  )
  if (await getCurrentUser()) redirect(callbackUrl)
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Anmelden</h1>
      <p className="mt-2 text-muted">
        Für die Redaktion, die Verwaltung und die Partner des Clusters.
      </p>
      {params.abgemeldet ? (
        <p
          role="status"
          className="mt-4 rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          Sie sind abgemeldet.
        </p>
      ) : null}
      {params.passwort === 'neu' ? (
        <p
          role="status"
          className="mt-4 rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          Ihr Passwort ist gespeichert. Sie können sich jetzt anmelden.
        </p>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-6 border-t border-slate-200 pt-6">
        <Link
          href={`/login/passkey?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-medium text-brand-800 underline"
        >
          Mit Passkey anmelden
        </Link>
      </p>
      <p className="mt-6 text-sm">
        <Link href="/passwort-vergessen" className="text-brand-800 underline">
          Passwort vergessen?
        </Link>
      </p>
    </>
  )
}
