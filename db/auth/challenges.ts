import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { and, eq, gt, lt } from 'drizzle-orm'
import type { Db } from '../client'
import { authChallenges } from '../schema'
import type { Tx } from '../tx'
import { now } from '@/lib/clock'

/*
 * Short-lived, single-use login state in the database (not in process memory), so a login that
 * starts on one server process can finish on another: the pending second step, the ticket that
 * becomes a session, WebAuthn challenges. The browser holds a random token; only its SHA-256 is
 * stored.
 */

export type ChallengeKind = (typeof authChallenges.$inferSelect)['kind']
export type Challenge = typeof authChallenges.$inferSelect

export const PENDING_LOGIN_MS = 5 * 60 * 1000
export const LOGIN_TICKET_MS = 60 * 1000
export const WEBAUTHN_CHALLENGE_MS = 5 * 60 * 1000

const digest = (token: string) => createHash('sha256').update(token).digest('hex')

export function createChallenge(
  tx: Tx | Db,
  input: {
    kind: ChallengeKind
    userId: number | null
    value?: string | null
    clientAddress?: string | null
    lifetimeMs: number
    /** A token chosen by the caller (a WebAuthn challenge); otherwise a random one. */
    token?: string
  },
): string {
  const at = now()
  tx.delete(authChallenges).where(lt(authChallenges.expiresAt, at)).run()
  const token = input.token ?? randomBytes(32).toString('base64url')
  tx.insert(authChallenges)
    .values({
      idHash: digest(`${input.kind}:${token}`),
      kind: input.kind,
      userId: input.userId,
      value: input.value ?? null,
      clientAddress: input.clientAddress ?? null,
      createdAt: at,
      expiresAt: new Date(at.getTime() + input.lifetimeMs),
    })
    .run()
  return token
}

const where = (kind: ChallengeKind, token: string) =>
  and(
    eq(authChallenges.idHash, digest(`${kind}:${token}`)),
    eq(authChallenges.kind, kind),
    gt(authChallenges.expiresAt, now()),
  )

/** The challenge, if it exists and has not expired; it stays usable. */
export function peekChallenge(tx: Tx | Db, kind: ChallengeKind, token: string): Challenge | null {
  if (!token || token.length > 200) return null
  return tx.select().from(authChallenges).where(where(kind, token)).get() ?? null
}

/** The challenge, used up: a second call with the same token finds nothing. */
export function takeChallenge(tx: Tx | Db, kind: ChallengeKind, token: string): Challenge | null {
  if (!token || token.length > 200) return null
  return tx.delete(authChallenges).where(where(kind, token)).returning().get() ?? null
}

export function dropChallenges(tx: Tx | Db, userId: number): void {
  tx.delete(authChallenges).where(eq(authChallenges.userId, userId)).run()
}
