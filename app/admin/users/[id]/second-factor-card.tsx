import { ResetSecondFactorForm } from './reset-second-factor-form'
import { getUserSecondFactor } from '@/db/admin/second-factor-policy'

/** What second factors an account has, and the reset for a lost phone or key. */
export async function SecondFactorCard({ userId, own }: { userId: number; own: boolean }) {
  const summary = await getUserSecondFactor(userId)
  const parts = [
    summary.totp ? 'Code-App' : null,
    summary.passkeys > 0 ? `${summary.passkeys} Passkey${summary.passkeys === 1 ? '' : 's'}` : null,
  ].filter(Boolean)
  return (
    <section
      aria-label="Zweiter Faktor"
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 className="text-lg font-semibold">Zweiter Faktor</h2>
      <p className="mt-2">
        {parts.length > 0
          ? `${parts.join(', ')} · ${summary.recoveryCodesLeft} Wiederherstellungscodes übrig`
          : 'Kein zweiter Faktor eingerichtet.'}
      </p>
      {parts.length > 0 && !own ? (
        <div className="mt-4">
          <ResetSecondFactorForm userId={userId} />
        </div>
      ) : null}
    </section>
  )
}
