import { ResetSecondFactorForm } from './reset-second-factor-form'
import { getUserSecondFactor } from '@/db/admin/second-factor-policy'
import { getAdminTranslations } from '@/lib/i18n/admin'

/** What second factors an account has, and the reset for a lost phone or key. */
export async function SecondFactorCard({ userId, own }: { userId: number; own: boolean }) {
  const summary = await getUserSecondFactor(userId)
  const t = await getAdminTranslations('users.account')
  const parts = [
    summary.totp ? t('totp') : null,
    summary.passkeys > 0 ? t('passkeys', { count: summary.passkeys }) : null,
  ].filter(Boolean)
  return (
    <section
      aria-label={t('secondFactorHeading')}
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 className="text-lg font-semibold">{t('secondFactorHeading')}</h2>
      <p className="mt-2">
        {parts.length > 0
          ? t('factors', { factors: parts.join(', '), count: summary.recoveryCodesLeft })
          : t('noFactor')}
      </p>
      {parts.length > 0 && !own ? (
        <div className="mt-4">
          <ResetSecondFactorForm userId={userId} />
        </div>
      ) : null}
    </section>
  )
}
