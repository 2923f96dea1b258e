import type { Metadata } from 'next'
import Link from 'next/link'
import { ResetRequestForm } from './reset-request-form'

export const metadata: Metadata = {
  title: 'Passwort vergessen',
  robots: { index: false, follow: false },
}

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Passwort vergessen</h1>
      <p className="mt-2 text-muted">
        Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie
        ein neues Passwort setzen.
      </p>
      <ResetRequestForm />
      <p className="mt-6 text-sm">
        <Link href="/login" className="text-brand-800 underline">
          Zurück zur Anmeldung
        </Link>
      </p>
    </>
  )
}
