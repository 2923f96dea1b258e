import { generateSecret, generateSync, generateURI, verifySync } from 'otplib'

/*
 * One-time codes (RFC 6238: SHA-1, 6 digits, 30-second steps) with otplib. A code is accepted
 * from the step before to the step after the server's clock (±1 step of drift), and only if its
 * step is later than the last accepted one: the same code, or an older one, never counts twice.
 */

export const TOTP_PERIOD_SECONDS = 30
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS

export function newTotpSecret(): string {
  return generateSecret()
}

export function totpUri(secret: string, account: string, issuer: string): string {
  return generateURI({ issuer, label: account, secret })
}

/** The code for a given time (tests and the setup check). */
export function totpCodeAt(secret: string, at: Date): string {
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) })
}

export type TotpCheck = { ok: true; timeStep: number } | { ok: false; reason: 'wrong' | 'replay' }

/**
 * Checks `code` at time `at` against `secret`, refusing codes whose step is not after
 * `lastTimeStep` (0 when no code was accepted yet).
 */
export function checkTotpCode(
  secret: string,
  code: string,
  lastTimeStep: number,
  at: Date,
): TotpCheck {
  const token = code.replace(/\s+/g, '')
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: 'wrong' }
  const epoch = Math.floor(at.getTime() / 1000)
  const options = { secret, token, epoch, epochTolerance: TOLERANCE_SECONDS }
  const result = verifySync({ ...options, afterTimeStep: lastTimeStep })
  if (result.valid && 'timeStep' in result) return { ok: true, timeStep: result.timeStep }
  // Told apart only for the audit log; the user sees one message for both.
  return { ok: false, reason: verifySync(options).valid ? 'replay' : 'wrong' }
}
