import 'server-only'
import { headers } from 'next/headers'
import { cache } from 'react'
import { getDb } from '../client'
import { resolveSession, type SessionUser } from './resolve-session'
import { requestPasswordReset } from './password-reset'
import { checkToken, redeemToken } from './tokens'
import { auth } from '@/auth'

/*
 * Who is asking: the one place that turns the session cookie into a user. The cookie alone is
 * not enough; the session row must exist and be within its limits, and the account active.
 * Cached per request.
 */

export type CurrentUser = SessionUser

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  let session
  try {
    session = await auth()
  } catch {
    return null
  }
  // Never trust the mere presence of a session object: it needs a user id and a session id.
  const userId = Number(session?.user?.id)
  const sessionId = session?.sid
  if (
    !Number.isSafeInteger(userId) ||
    userId <= 0 ||
    typeof sessionId !== 'string' ||
    sessionId.length < 20
  )
    return null
  return resolveSession(getDb(), userId, sessionId)
})

/** The session id of the current cookie (for logout), if any. */
export async function currentSessionId(): Promise<string | null> {
  try {
    const session = await auth()
    return typeof session?.sid === 'string' ? session.sid : null
  } catch {
    return null
  }
}

export { closeSession } from './sign-in'

/** The caller's address as set by server.mjs from the connection or the trusted proxy. */
export async function clientAddress(): Promise<string | null> {
  return (await headers()).get('x-clusterportal-client')
}

export async function requestReset(email: string) {
  return requestPasswordReset(getDb(), email, await clientAddress())
}

export async function redeemPasswordToken(token: string, password: string) {
  return redeemToken(getDb(), token, password, await clientAddress())
}

export function checkPasswordToken(token: string) {
  return checkToken(getDb(), token)
}

export {
  currentPendingLogin,
  forgetPendingLogin,
  passkeyLoginOptions,
  secondStepPasskeyOptions,
  submitPasskeyLogin,
  submitSecondStepCode,
  submitSecondStepPasskey,
} from './second-factor/login-steps'
