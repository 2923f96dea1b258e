import {
  removePasskeyAction,
  removeTotpAction,
  renewRecoveryCodesAction,
  startTotpAction,
} from './actions'
import { PasskeyRegisterForm } from './passkey-register-form'
import { TotpConfirmForm } from './totp-confirm-form'
import { SimpleActionForm } from '@/components/admin/simple-action-form'
import { getSecondFactorOverview } from '@/db/admin/second-factor'
import { formatTimestamp } from '@/lib/dates'
import { RenewCodesForm } from './renew-codes-form'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'

const buttonClass = 'rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100'

/** "Zweiter Faktor" in Mein Konto: code app, passkeys, recovery codes. */
export async function SecondFactorSection() {
  const { summary, required, passkeys, pendingTotp } = await getSecondFactorOverview()
  const hasFactor = summary.totp || summary.passkeys > 0
  const t = await getAdminTranslations('account.secondFactor')
  const locale = await getAdminLocale()
  return (
    <section
      aria-labelledby="zweiter-faktor"
      className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-5"
    >
      <div>
        <h2 id="zweiter-faktor" className="text-lg font-semibold text-ink">
          {t('heading')}
        </h2>
        <p className="mt-1 text-sm text-muted">
          {t('intro')} {required ? t('required') : ''}
        </p>
      </div>

      <div id="code-app" className="flex flex-col gap-3">
        <h3 className="font-semibold">{t('totpHeading')}</h3>
        {summary.totp ? (
          <>
            <p>{t('totpActive')}</p>
            <SimpleActionForm action={removeTotpAction} hidden={{}}>
              <button type="submit" className={buttonClass}>
                {t('totpRemove')}
              </button>
            </SimpleActionForm>
          </>
        ) : pendingTotp ? (
          <>
            <p>{t('totpScan')}</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
            <img
              src={pendingTotp.qrDataUrl}
              alt={t('totpQrAlt')}
              width={200}
              height={200}
              className="border border-slate-200"
            />
            <p className="text-sm">
              {t('totpSecret')}{' '}
              <code data-testid="totp-secret" className="break-all font-mono">
                {pendingTotp.secret}
              </code>
            </p>
            <TotpConfirmForm />
          </>
        ) : (
          <SimpleActionForm action={startTotpAction} hidden={{}}>
            <button type="submit" className={buttonClass}>
              {t('totpSetUp')}
            </button>
          </SimpleActionForm>
        )}
      </div>

      <div className="flex flex-col gap-3">
        <h3 className="font-semibold">{t('passkeysHeading')}</h3>
        {passkeys.length === 0 ? (
          <p className="text-muted">{t('noPasskey')}</p>
        ) : (
          <ul aria-label={t('yourPasskeys')} className="flex flex-col divide-y divide-slate-200">
            {passkeys.map((key) => (
              <li key={key.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <strong>{key.name}</strong>
                  <span className="ml-2 text-sm text-muted">
                    {t('passkeyMeta', {
                      created: formatTimestamp(key.createdAt, locale),
                      lastUsed: key.lastUsedAt
                        ? formatTimestamp(key.lastUsedAt, locale)
                        : t('neverUsed'),
                    })}
                  </span>
                </span>
                <SimpleActionForm action={removePasskeyAction} hidden={{ id: key.id }}>
                  <button
                    type="submit"
                    className={buttonClass}
                    aria-label={t('passkeyRemoveLabel', { name: key.name })}
                  >
                    {t('remove')}
                  </button>
                </SimpleActionForm>
              </li>
            ))}
          </ul>
        )}
        <PasskeyRegisterForm />
      </div>

      {hasFactor ? (
        <div className="flex flex-col gap-3">
          <h3 className="font-semibold">{t('recoveryHeading')}</h3>
          <p>{t('recoveryLeft', { count: summary.recoveryCodesLeft })}</p>
          <RenewCodesForm action={renewRecoveryCodesAction} />
        </div>
      ) : null}
    </section>
  )
}
