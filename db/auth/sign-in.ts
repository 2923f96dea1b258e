import 'server-only'
import { getDb } from '../client'
import { endSession, login } from './login'

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
