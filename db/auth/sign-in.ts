import 'server-only'
import { getDb } from '../client'
import { endSession, login } from './login'
import { redeemTicket } from './second-factor/second-step'

export { rememberPendingLogin } from './second-factor/login-steps'

/*
 * What Auth.js (auth.ts) calls: checking a login and ending a session row. Kept apart from
 * session.ts, which reads the session through `auth()`, so that auth.ts and the session module do
 * not import each other.
 */

export function authenticate(input: {
  email: string
  password: string
  clientAddress: string | null
  userAgent: string | null
}) {
  return login(getDb(), input)
}

export function closeSession(sessionId: string, userId?: number): void {
  endSession(getDb(), sessionId, userId)
}

/** A login whose every step has passed (second step, passkey): its ticket opens the session. */
export function redeemLoginTicket(
  ticket: string,
  client: { clientAddress: string | null; userAgent: string | null },
) {
  return redeemTicket(getDb(), ticket, client)
}
