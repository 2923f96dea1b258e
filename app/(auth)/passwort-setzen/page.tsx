import type { Metadata } from 'next'
import Link from 'next/link'
import { SetPasswordForm } from './set-password-form'
import { checkPasswordToken } from '@/db/auth/session'
import { PASSWORD_MIN_LENGTH } from '@/lib/password'

export const instant = false

export const metadata: Metadata = {
  title: 'Passwort setzen',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

export default async function SetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const raw = (await searchParams).token
  const token = typeof raw === 'string' ? raw : ''
  const check = checkPasswordToken(token)
  if (!check.ok) {
    return (
      <>
        <h1 className="text-2xl font-bold text-brand-900">Link ungültig</h1>
        <p role="alert" className="mt-4 text-ink">
          {check.reason}
        </p>
        <p className="mt-6">
          <Link href="/passwort-vergessen" className="text-brand-800 underline">
            Neuen Link anfordern
          </Link>
        </p>
      </>
    )
  }
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">
        {check.kind === 'invite' ? 'Willkommen! Passwort festlegen' : 'Neues Passwort setzen'}
      </h1>
      <p className="mt-2 text-muted">
        Für {check.name} ({check.email}). Mindestens {PASSWORD_MIN_LENGTH} Zeichen; ein Satz aus
        mehreren Wörtern ist sicher und leicht zu merken.
      </p>
      <SetPasswordForm token={token} email={check.email} />
    </>
  )
}
