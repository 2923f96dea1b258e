import 'server-only'
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../client'
import { recordAudit, recordRepeatedAudit } from '../store/journal'
import { normaliseEmail } from './login'
import { users } from '../schema'
import { allowHit, type RateWindow } from './rate-limit'
import { issueToken } from './tokens'
import { writeTransaction } from '../tx'
import { mailConfigured, sendMail } from '@/lib/mail'
import { absoluteUrl } from '@/lib/site'

/*
 * "Passwort vergessen": the answer is the same whether or not the address has an account. With
 * SMTP configured the link goes out by mail; without, the request is logged and admins create
 * the link in the user list. At most 3 requests per address per 15 minutes and 10 per client
 * address per hour are acted upon.
 */

const PER_EMAIL: RateWindow = { limit: 3, windowMs: 15 * 60 * 1000 }
const PER_ADDRESS: RateWindow = { limit: 10, windowMs: 60 * 60 * 1000 }

export type ResetRequestOutcome = 'mailed' | 'logged' | 'ignored'

export async function requestPasswordReset(
  db: Db,
  rawEmail: string,
  clientAddress: string | null,
): Promise<ResetRequestOutcome> {
  const email = normaliseEmail(rawEmail).slice(0, 254)
  if (
    !allowHit(db, `reset:${email}`, PER_EMAIL) ||
    (clientAddress && !allowHit(db, `reset-address:${clientAddress}`, PER_ADDRESS))
  ) {
    recordRepeatedAudit(
      db,
      { action: 'user.reset_throttled', actorEmail: email, clientAddress },
      PER_EMAIL.windowMs,
    )
    return 'ignored'
  }
  const user = db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email}`, eq(users.state, 'active')))
    .get()
  if (!user) {
    recordAudit(db, {
      action: 'user.reset_requested',
      actorEmail: email,
      details: { account: false },
      clientAddress,
    })
    return 'ignored'
  }
  if (!mailConfigured()) {
    recordAudit(db, {
      action: 'user.reset_requested',
      actorId: user.id,
      actorEmail: email,
      entityType: 'user',
      entityId: user.id,
      details: { account: true, mail: false },
      clientAddress,
    })
    return 'logged'
  }
  const token = writeTransaction(db, (tx) => issueToken(tx, user.id, 'reset', null))
  try {
    await sendMail({
      to: email,
      subject: 'Passwort zurücksetzen',
      text: `Hallo ${user.name},\n\nüber diesen Link können Sie ein neues Passwort setzen. Er gilt eine Stunde und nur einmal:\n\n${absoluteUrl(`/passwort-setzen?token=${token}`)}\n\nWenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail einfach.`,
    })
    recordAudit(db, {
      action: 'user.reset_mailed',
      actorId: user.id,
      actorEmail: email,
      entityType: 'user',
      entityId: user.id,
      clientAddress,
    })
    return 'mailed'
  } catch (error) {
    console.error(
      JSON.stringify({
        level: 'error',
        event: 'mail_failed',
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    return 'logged'
  }
}
