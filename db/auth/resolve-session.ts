import 'server-only'
import { and, eq } from 'drizzle-orm'
import type { Db } from '../client'
import { sessions, users, type Role } from '../schema'
import { hashToken, SESSION_LIMITS } from './login'
import { mustSetUpSecondFactor } from './second-factor/state'
import { now } from '@/lib/clock'
import type { Locale } from '@/lib/i18n/locales'

/* The user behind a session cookie, checked on every request (db/auth/session.ts). */

export type SessionUser = {
  id: number
  email: string
  name: string
  role: Role
  partnerId: number | null
  /** The language of the backend interface the user chose (absent: German). */
  uiLocale?: Locale
  /** How this session was opened ('password', 'password+totp', 'passkey', …). */
  authMethod?: string
  /** The policy asks this user for a second factor and there is none: only its setup is open. */
  secondFactorSetupRequired?: boolean
}

/**
 * The user behind a session id, if the session is still valid: it exists, the account is active,
 * and neither the idle nor the absolute limit for the role has passed. Refreshes "last seen".
 */
export function resolveSession(db: Db, userId: number, sessionId: string): SessionUser | null {
  const idHash = hashToken(sessionId)
  const row = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      partnerId: users.partnerId,
      uiLocale: users.uiLocale,
      state: users.state,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      authMethod: sessions.authMethod,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), eq(sessions.userId, userId)))
    .get()
  if (!row || row.state !== 'active') return null
  const at = now().getTime()
  const limits = SESSION_LIMITS[row.role]
  if (at > row.expiresAt.getTime() || at - row.lastSeenAt.getTime() > limits.idleMs) {
    db.delete(sessions).where(eq(sessions.idHash, idHash)).run()
    return null
  }
  if (at - row.lastSeenAt.getTime() > 60_000) {
    db.update(sessions)
      .set({ lastSeenAt: new Date(at) })
      .where(eq(sessions.idHash, idHash))
      .run()
  }
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    partnerId: row.partnerId,
    uiLocale: row.uiLocale,
    authMethod: row.authMethod,
    secondFactorSetupRequired: mustSetUpSecondFactor(db, row.id, row.role),
  }
}
