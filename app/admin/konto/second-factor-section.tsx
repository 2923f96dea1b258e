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

const buttonClass = 'rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100'

/** "Zweiter Faktor" in Mein Konto: code app, passkeys, recovery codes. */
export async function SecondFactorSection() {
  const { summary, required, passkeys, pendingTotp } = await getSecondFactorOverview()
  const hasFactor = summary.totp || summary.passkeys > 0
  return (
    <section
      aria-labelledby="zweiter-faktor"
      className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-5"
    >
      <div>
        <h2 id="zweiter-faktor" className="text-lg font-semibold text-ink">
          Zweiter Faktor
        </h2>
        <p className="mt-1 text-sm text-muted">
          Nach dem Passwort fragt die Anmeldung dann nach einem Code aus einer App oder nach einem
          Passkey. {required ? 'Für Ihre Rolle ist das Pflicht.' : ''}
        </p>
      </div>

      <div id="code-app" className="flex flex-col gap-3">
        <h3 className="font-semibold">Code-App (TOTP)</h3>
        {summary.totp ? (
          <>
            <p>Eine Code-App ist eingerichtet.</p>
            <SimpleActionForm action={removeTotpAction} hidden={{}}>
              <button type="submit" className={buttonClass}>
                Code-App entfernen
              </button>
            </SimpleActionForm>
          </>
        ) : pendingTotp ? (
          <>
            <p>
              Scannen Sie den QR-Code mit Ihrer App (z. B. FreeOTP, Aegis, Google Authenticator) und
              geben Sie den ersten Code ein.
            </p>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
            <img
              src={pendingTotp.qrDataUrl}
              alt="QR-Code für die Code-App"
              width={200}
              height={200}
              className="border border-slate-200"
            />
            <p className="text-sm">
              Ohne Kamera: Schlüssel zum Abtippen{' '}
              <code data-testid="totp-secret" className="break-all font-mono">
                {pendingTotp.secret}
              </code>
            </p>
            <TotpConfirmForm />
          </>
        ) : (
          <SimpleActionForm action={startTotpAction} hidden={{}}>
            <button type="submit" className={buttonClass}>
              Code-App einrichten
            </button>
          </SimpleActionForm>
        )}
      </div>

      <div className="flex flex-col gap-3">
        <h3 className="font-semibold">Passkeys</h3>
        {passkeys.length === 0 ? (
          <p className="text-muted">Noch kein Passkey.</p>
        ) : (
          <ul aria-label="Ihre Passkeys" className="flex flex-col divide-y divide-slate-200">
            {passkeys.map((key) => (
              <li key={key.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <strong>{key.name}</strong>
                  <span className="ml-2 text-sm text-muted">
                    angelegt {formatTimestamp(key.createdAt)} · zuletzt verwendet{' '}
                    {key.lastUsedAt ? formatTimestamp(key.lastUsedAt) : 'noch nie'}
                  </span>
                </span>
                <SimpleActionForm action={removePasskeyAction} hidden={{ id: key.id }}>
                  <button
                    type="submit"
                    className={buttonClass}
                    aria-label={`Passkey ${key.name} entfernen`}
                  >
                    Entfernen
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
          <h3 className="font-semibold">Wiederherstellungscodes</h3>
          <p>
            {summary.recoveryCodesLeft} von 10 Codes übrig. Jeder gilt einmal, wenn App und Passkey
            nicht zur Hand sind.
          </p>
          <RenewCodesForm action={renewRecoveryCodesAction} />
        </div>
      ) : null}
    </section>
  )
}
