import 'server-only'
import type { RegistrationResponseJSON } from '@simplewebauthn/server'
import QRCode from 'qrcode'
import { getDb } from '../client'
import { requireUserDuringSetup, UserError } from '../auth/guard'
import type { CurrentUser } from '../auth/session'
import { clientAddress } from '../auth/session'
import { allowHit } from '../auth/rate-limit'
import {
  listPasskeys,
  registerPasskey,
  registrationOptions,
  removePasskey,
} from '../auth/second-factor/passkeys'
import { recoveryCodesLeft, replaceRecoveryCodes } from '../auth/second-factor/recovery-codes'
import { factorSummary, requiredRoles } from '../auth/second-factor/state'
import { confirmTotp, pendingTotpSecret, removeTotp, startTotp } from '../auth/second-factor/totp'
import { recordAudit } from '../store/journal'
import { writeTransaction, type Tx } from '../tx'
import { SITE } from '@/lib/site'
import { totpUri } from '@/lib/totp'

/*
 * "Mein Konto": the signed-in user's own second factors. Open to a user whom the policy asks to
 * set one up (that is the point), and only ever for the caller's own account: no function here
 * takes a user id from outside.
 */

export async function getSecondFactorOverview() {
  const user = await requireUserDuringSetup()
  const db = getDb()
  const summary = factorSummary(db, user.id)
  const secret = summary.totp ? null : pendingTotpSecret(db, user.id)
  const uri = secret ? totpUri(secret, user.email, SITE.name) : null
  return {
    summary,
    required: requiredRoles(db).includes(user.role),
    setupRequired: !!user.secondFactorSetupRequired,
    passkeys: listPasskeys(db, user.id),
    pendingTotp:
      secret && uri
        ? {
            secret,
            qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(
              await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
            ).toString('base64')}`,
          }
        : null,
  }
}

export async function beginTotpSetup(): Promise<void> {
  const user = await requireUserDuringSetup()
  const started = writeTransaction(getDb(), (tx) => startTotp(tx, user.id))
  if (!started) throw new UserError('Eine Code-App ist schon eingerichtet.')
}

/** Ten confirmation tries per ten minutes: the first code is as guessable as any other. */
const CONFIRM_WINDOW = { limit: 10, windowMs: 10 * 60 * 1000 }

/** Confirms the code app with its first code; returns the new recovery codes (shown once). */
export async function finishTotpSetup(code: string): Promise<string[]> {
  const user = await requireUserDuringSetup()
  const db = getDb()
  if (!allowHit(db, `totp-confirm:${user.id}`, CONFIRM_WINDOW))
    throw new UserError('Zu viele Versuche. Bitte warten Sie einige Minuten.')
  const address = await clientAddress()
  const result = writeTransaction(db, (tx) => {
    const check = confirmTotp(tx, user.id, code)
    if (!check.ok) return null
    const codes = replaceRecoveryCodes(tx, user.id)
    recordAudit(tx, {
      action: 'second_factor.totp_added',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'user',
      entityId: user.id,
      clientAddress: address,
    })
    return codes
  })
  if (!result)
    throw new UserError(
      'Der Code stimmt nicht. Bitte geben Sie den aktuellen Code aus der App ein.',
    )
  return result
}

/** Removing the last factor is refused while the policy asks for one. */
function assertNotLastRequired(tx: Tx, user: CurrentUser, removing: 'totp' | 'passkey') {
  if (!requiredRoles(tx).includes(user.role)) return
  const summary = factorSummary(tx, user.id)
  const remaining =
    removing === 'totp' ? summary.passkeys : Number(summary.totp) + summary.passkeys - 1
  if (remaining <= 0)
    throw new UserError(
      'Für Ihre Rolle ist ein zweiter Faktor Pflicht. Richten Sie zuerst einen anderen ein, bevor Sie diesen entfernen.',
    )
}

export async function removeOwnTotp(): Promise<void> {
  const user = await requireUserDuringSetup()
  const address = await clientAddress()
  writeTransaction(getDb(), (tx) => {
    assertNotLastRequired(tx, user, 'totp')
    if (!removeTotp(tx, user.id)) throw new UserError('Es ist keine Code-App eingerichtet.')
    recordAudit(tx, {
      action: 'second_factor.totp_removed',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'user',
      entityId: user.id,
      clientAddress: address,
    })
  })
}

export async function renewRecoveryCodes(): Promise<string[]> {
  const user = await requireUserDuringSetup()
  const db = getDb()
  const summary = factorSummary(db, user.id)
  if (!summary.totp && summary.passkeys === 0)
    throw new UserError('Richten Sie zuerst einen zweiten Faktor ein.')
  const address = await clientAddress()
  return writeTransaction(db, (tx) => {
    const codes = replaceRecoveryCodes(tx, user.id)
    recordAudit(tx, {
      action: 'second_factor.recovery_renewed',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'user',
      entityId: user.id,
      clientAddress: address,
    })
    return codes
  })
}

export async function passkeyRegistrationOptions(): Promise<string> {
  const user = await requireUserDuringSetup()
  const db = getDb()
  if (!allowHit(db, `passkey-register:${user.id}`, CONFIRM_WINDOW))
    throw new UserError('Zu viele Versuche. Bitte warten Sie einige Minuten.')
  return JSON.stringify(await registrationOptions(db, user))
}

/** Adds a passkey; when the user has no recovery codes yet, returns ten new ones (shown once). */
export async function addPasskey(
  name: string,
  response: RegistrationResponseJSON,
): Promise<string[] | null> {
  const user = await requireUserDuringSetup()
  const db = getDb()
  const id = await registerPasskey(db, user.id, name, response)
  if (!id)
    throw new UserError(
      'Der Passkey konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.',
    )
  const address = await clientAddress()
  return writeTransaction(db, (tx) => {
    recordAudit(tx, {
      action: 'second_factor.passkey_added',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'user',
      entityId: user.id,
      details: { name },
      clientAddress: address,
    })
    return recoveryCodesLeft(tx, user.id) === 0 ? replaceRecoveryCodes(tx, user.id) : null
  })
}

export async function deleteOwnPasskey(passkeyId: string): Promise<void> {
  const user = await requireUserDuringSetup()
  const db = getDb()
  const address = await clientAddress()
  writeTransaction(db, (tx) => {
    assertNotLastRequired(tx, user, 'passkey')
    const name = removePasskey(tx, user.id, passkeyId)
    if (!name) throw new UserError('Diesen Passkey gibt es nicht (mehr).')
    recordAudit(tx, {
      action: 'second_factor.passkey_removed',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'user',
      entityId: user.id,
      details: { name },
      clientAddress: address,
    })
  })
}
