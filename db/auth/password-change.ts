import 'server-only'
import { eq } from 'drizzle-orm'
import type { Db } from '../client'
import { endAllSessions, normaliseEmail } from './login'
import { clearAccountLock } from './login-throttle'
import { users } from '../schema'
import type { Tx } from '../tx'
import { now } from '@/lib/clock'

/**
 * The one way a password is replaced (reset or invitation link, ADMIN_PASSWORD at start): the
 * account becomes active, every session of it ends — a cookie taken with the old password must
 * not outlive it — and a lockout is lifted, as the new password proves who is asking.
 */
export function replacePassword(
  tx: Tx | Db,
  user: { id: number; email: string },
  passwordHash: string,
): void {
  tx.update(users)
    .set({ passwordHash, state: 'active', updatedAt: now() })
    .where(eq(users.id, user.id))
    .run()
  endAllSessions(tx, user.id)
  clearAccountLock(tx, normaliseEmail(user.email))
}
