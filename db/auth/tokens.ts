import 'server-only'
import { randomBytes } from 'node:crypto'
import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../client'
import { recordAudit } from '../store/journal'
import { hashToken } from './login'
import { replacePassword } from './password-change'
import { authTokens, users } from '../schema'
import { writeTransaction, type Tx } from '../tx'
import { now } from '@/lib/clock'
import { formatTimestamp } from '@/lib/dates'
import { mailConfigured, sendMail } from '@/lib/mail'
import { hashPassword, passwordProblem } from '@/lib/password'
import { absoluteUrl } from '@/lib/site'

/*
 * Invitation and password-reset links: 256 random bits, only their SHA-256 stored, bound to one
 * user, single use, expiring (invitation 72 hours, reset 1 hour). Using one sets the password,
 * activates an invited account and ends every session of the user.
 */

export const TOKEN_LIFETIME = { invite: 72 * 60 * 60 * 1000, reset: 60 * 60 * 1000 } as const
export type TokenKind = keyof typeof TOKEN_LIFETIME

export function issueToken(
  tx: Tx | Db,
  userId: number,
  kind: TokenKind,
  createdBy: number | null,
): string {
  const token = randomBytes(32).toString('base64url')
  const at = now()
  // A new link replaces older unused ones of the same kind.
  tx.update(authTokens)
    .set({ usedAt: at })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.kind, kind), isNull(authTokens.usedAt)))
    .run()
  tx.insert(authTokens)
    .values({
      userId,
      kind,
      tokenHash: hashToken(token),
      expiresAt: new Date(at.getTime() + TOKEN_LIFETIME[kind]),
      createdBy,
      createdAt: at,
    })
    .run()
  return token
}

export type TokenCheck =
  | { ok: true; userId: number; kind: TokenKind; email: string; name: string }
  | { ok: false; reason: string }

const INVALID =
  'Dieser Link ist ungültig oder wurde schon benutzt. Bitte fordern Sie einen neuen an.'
const EXPIRED = 'Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.'

export function checkToken(db: Db | Tx, token: string): TokenCheck {
  if (!/^[A-Za-z0-9_-]{40,60}$/.test(token)) return { ok: false, reason: INVALID }
  const row = db
    .select({
      userId: authTokens.userId,
      kind: authTokens.kind,
      expiresAt: authTokens.expiresAt,
      usedAt: authTokens.usedAt,
      email: users.email,
      name: users.name,
      state: users.state,
    })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .where(eq(authTokens.tokenHash, hashToken(token)))
    .get()
  if (!row || row.usedAt || row.state === 'disabled') return { ok: false, reason: INVALID }
  if (row.expiresAt.getTime() < now().getTime()) return { ok: false, reason: EXPIRED }
  return { ok: true, userId: row.userId, kind: row.kind, email: row.email, name: row.name }
}

/** Sets the password through a link. Returns a German error or null on success. */
export async function redeemToken(
  db: Db,
  token: string,
  password: string,
  clientAddress: string | null,
): Promise<string | null> {
  const problem = passwordProblem(password)
  if (problem) return problem
  const check = checkToken(db, token)
  if (!check.ok) return check.reason
  const passwordHash = await hashPassword(password)
  let error: string | null = null
  writeTransaction(db, (tx) => {
    // Checked again inside the transaction: two tabs submitting the same link at once get one success.
    const again = checkToken(tx, token)
    if (!again.ok) {
      error = again.reason
      return
    }
    const at = now()
    tx.update(authTokens)
      .set({ usedAt: at })
      .where(eq(authTokens.tokenHash, hashToken(token)))
      .run()
    replacePassword(tx, { id: again.userId, email: again.email }, passwordHash)
    recordAudit(tx, {
      action: again.kind === 'invite' ? 'user.invitation_accepted' : 'user.password_reset',
      actorId: again.userId,
      actorEmail: again.email,
      entityType: 'user',
      entityId: again.userId,
      clientAddress,
    })
  })
  if (!error && check.kind === 'reset') await notifyPasswordChanged(check.email, check.name)
  return error
}

/**
 * Tells the owner that the password was reset: if it was not them, they learn of it now and can
 * reset it again (every session has ended already). Never holds the password or the link.
 */
async function notifyPasswordChanged(email: string, name: string): Promise<void> {
  if (!mailConfigured()) return
  try {
    await sendMail({
      to: email,
      subject: 'Ihr Passwort wurde geändert',
      text: `Hallo ${name},\n\ndas Passwort Ihres Kontos im Clusterportal wurde am ${formatTimestamp(now())} über einen Link zum Zurücksetzen neu gesetzt. Alle Anmeldungen mit dem alten Passwort sind beendet.\n\nWaren Sie das nicht, setzen Sie Ihr Passwort bitte sofort erneut zurück und informieren Sie die Verwaltung des Portals:\n\n${absoluteUrl('/passwort-vergessen')}\n`,
    })
  } catch (error) {
    console.error(
      JSON.stringify({
        level: 'error',
        event: 'mail_failed',
        message: error instanceof Error ? error.message : String(error),
      }),
    )
  }
}
