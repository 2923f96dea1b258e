import 'server-only'
import type { AuthenticationResponseJSON } from '@simplewebauthn/server'
import { cookies, headers } from 'next/headers'
import { getDb } from '../../client'
import { recordRepeatedAudit } from '../../store/journal'
import { writeTransaction } from '../../tx'
import { PENDING_LOGIN_MS } from '../challenges'
import { allowHit } from '../rate-limit'
import { authenticationOptions, verifyPasskey } from './passkeys'
import {
  describePendingLogin,
  issueTicket,
  passCodeStep,
  passSecondStep,
  type SecondStepResult,
} from './second-step'
import { SITE } from '@/lib/site'

/*
 * The second step and the passkey login as the login pages call them, without a session: the
 * pending login is named by an HttpOnly cookie that lives five minutes and holds only a random
 * token; the database decides what it is worth.
 */

const PENDING_COOKIE = 'portal-login-step'
const OPTIONS_WINDOW = { limit: 30, windowMs: 60 * 1000 }

async function client() {
  const h = await headers()
  return { clientAddress: h.get('x-clusterportal-client'), userAgent: h.get('user-agent') }
}

/** Called by auth.ts when the password was right and a second step is due. */
export async function rememberPendingLogin(token: string): Promise<void> {
  ;(await cookies()).set(PENDING_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: SITE.url.startsWith('https://'),
    path: '/',
    maxAge: Math.floor(PENDING_LOGIN_MS / 1000),
  })
}

async function pendingToken(): Promise<string> {
  return (await cookies()).get(PENDING_COOKIE)?.value ?? ''
}

export async function forgetPendingLogin(): Promise<void> {
  const jar = await cookies()
  if (jar.get(PENDING_COOKIE)) jar.delete(PENDING_COOKIE)
}

/** What the second-step page offers: code app, passkey; null when there is no pending login. */
export async function currentPendingLogin() {
  const login = describePendingLogin(getDb(), await pendingToken())
  return login ? { totp: login.totp, passkeys: login.passkeys } : null
}

export async function submitSecondStepCode(code: string): Promise<SecondStepResult> {
  return passCodeStep(getDb(), await pendingToken(), code, await client())
}

export async function secondStepPasskeyOptions() {
  const db = getDb()
  const login = describePendingLogin(db, await pendingToken())
  if (!login || login.passkeys === 0) return null
  return authenticationOptions(db, login.userId)
}

export async function submitSecondStepPasskey(
  response: AuthenticationResponseJSON,
): Promise<SecondStepResult> {
  const db = getDb()
  const token = await pendingToken()
  const login = describePendingLogin(db, token)
  if (!login) return { ok: false, reason: 'expired' }
  const check = await verifyPasskey(db, response, login.userId)
  return passSecondStep(db, token, await client(), () =>
    check.ok
      ? { ok: true, method: 'password+passkey' }
      : { ok: false, reason: check.reason, method: 'passkey' },
  )
}

/** Anyone may ask; each answer stores a challenge, so one address gets 30 a minute. */
export async function passkeyLoginOptions() {
  const db = getDb()
  const { clientAddress } = await client()
  if (!allowHit(db, `passkey-options:${clientAddress ?? 'unknown'}`, OPTIONS_WINDOW)) return null
  return authenticationOptions(db, null)
}

/** "Mit Passkey anmelden": a discoverable passkey alone; a ticket for the session, or null. */
export async function submitPasskeyLogin(
  response: AuthenticationResponseJSON,
): Promise<string | null> {
  const db = getDb()
  const check = await verifyPasskey(db, response, null)
  const { clientAddress } = await client()
  if (!check.ok) {
    recordRepeatedAudit(
      db,
      {
        action: 'login.failed',
        actorId: check.userId,
        entityType: 'user',
        entityId: check.userId,
        details: { reason: `passkey_${check.reason}` },
        clientAddress,
      },
      10 * 60 * 1000,
    )
    return null
  }
  return writeTransaction(db, (tx) => issueTicket(tx, check.userId, 'passkey', clientAddress))
}
