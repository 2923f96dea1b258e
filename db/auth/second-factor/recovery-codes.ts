import 'server-only'
import { randomInt } from 'node:crypto'
import { and, count, eq, isNull } from 'drizzle-orm'
import type { Db } from '../../client'
import { recoveryCodes } from '../../schema'
import type { Tx } from '../../tx'
import { hashToken } from '../login'
import { now } from '@/lib/clock'

/*
 * Ten single-use recovery codes, shown once. Each has about 49 random bits (10 characters of a
 * 31-letter alphabet without look-alikes such as l/1 and o/0), so a SHA-256 is enough to store
 * them: unlike passwords they cannot be guessed from a list.
 */

export const RECOVERY_CODE_COUNT = 10
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

function newCode(): string {
  let code = ''
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return `${code.slice(0, 5)}-${code.slice(5)}`
}

/** Lower case, no spaces or dashes: how a code is hashed, however it was typed. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, '')
}

const hashCode = (userId: number, code: string) =>
  hashToken(`${userId}:${normaliseRecoveryCode(code)}`)

/** Replaces every code of the user with ten new ones and returns them (to show once). */
export function replaceRecoveryCodes(tx: Tx, userId: number): string[] {
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run()
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode)
  const at = now()
  tx.insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashCode(userId, code), createdAt: at })))
    .run()
  return codes
}

export function recoveryCodesLeft(tx: Tx | Db, userId: number): number {
  return (
    tx
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      .get()?.n ?? 0
  )
}

/** Uses one code (inside the caller's write transaction); the codes left, or null if it was not valid. */
export function consumeRecoveryCode(tx: Tx, userId: number, code: string): number | null {
  if (normaliseRecoveryCode(code).length !== 10) return null
  const used = tx
    .update(recoveryCodes)
    .set({ usedAt: now() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashCode(userId, code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .run()
  return used.changes === 1 ? recoveryCodesLeft(tx, userId) : null
}
