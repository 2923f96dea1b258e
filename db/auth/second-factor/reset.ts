import 'server-only'
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../client'
import { recordAudit } from '../../store/journal'
import { passkeys, recoveryCodes, totpCredentials, users } from '../../schema'
import { writeTransaction, type Tx } from '../../tx'
import { dropChallenges } from '../challenges'
import { endAllSessions } from '../login'
import { factorSummary } from './state'

/*
 * Removing every second factor of an account (a lost phone or key): by an admin in the backend,
 * or on the server's command line (`npm run admin:unlock -- --zweiter-faktor`) when the only
 * admin is shut out. Ends the account's sessions.
 */

export function clearSecondFactors(tx: Tx, userId: number) {
  const before = factorSummary(tx, userId)
  tx.delete(totpCredentials).where(eq(totpCredentials.userId, userId)).run()
  tx.delete(passkeys).where(eq(passkeys.userId, userId)).run()
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run()
  dropChallenges(tx, userId)
  endAllSessions(tx, userId)
  return before
}

export function resetSecondFactorFromCli(db: Db, rawEmail: string): string | null {
  const email = rawEmail.normalize('NFKC').trim().toLowerCase()
  return writeTransaction(db, (tx) => {
    const user = tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`)
      .get()
    if (!user) return null
    const before = clearSecondFactors(tx, user.id)
    recordAudit(tx, {
      action: 'second_factor.reset',
      actorEmail: 'Kommandozeile',
      entityType: 'user',
      entityId: user.id,
      details: { email: user.email, totp: before.totp, passkeys: before.passkeys },
    })
    return user.email
  })
}
