import 'server-only'
import { and, count, eq, isNotNull, isNull } from 'drizzle-orm'
import type { Db } from '../../client'
import { meta, passkeys, recoveryCodes, totpCredentials, type Role } from '../../schema'
import type { Tx } from '../../tx'

/*
 * Which second factors a user has, and the policy that says who must have one. The policy lives
 * in `meta` (one row), so every server process reads the same setting.
 */

type Executor = Tx | Db

export type FactorSummary = {
  totp: boolean
  passkeys: number
  recoveryCodesLeft: number
}

export function factorSummary(tx: Executor, userId: number): FactorSummary {
  const totp = tx
    .select({ userId: totpCredentials.userId })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)))
    .get()
  const keys = tx.select({ n: count() }).from(passkeys).where(eq(passkeys.userId, userId)).get()
  const codes = tx
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .get()
  return { totp: !!totp, passkeys: keys?.n ?? 0, recoveryCodesLeft: codes?.n ?? 0 }
}

/** A code app or a passkey; recovery codes alone are a way back in, not a factor. */
export function hasSecondFactor(tx: Executor, userId: number): boolean {
  const summary = factorSummary(tx, userId)
  return summary.totp || summary.passkeys > 0
}

const POLICY_KEY = 'policy.second_factor_roles'
export const POLICY_ROLES = ['admin', 'editor', 'partner'] as const satisfies readonly Role[]

/** The roles that must have a second factor (none by default). */
export function requiredRoles(tx: Executor): Role[] {
  const row = tx.select({ value: meta.value }).from(meta).where(eq(meta.key, POLICY_KEY)).get()
  if (!row) return []
  try {
    const parsed: unknown = JSON.parse(row.value)
    return Array.isArray(parsed) ? POLICY_ROLES.filter((role) => parsed.includes(role)) : []
  } catch {
    return []
  }
}

export function writeRequiredRoles(tx: Executor, roles: readonly Role[]): void {
  const value = JSON.stringify(POLICY_ROLES.filter((role) => roles.includes(role)))
  tx.insert(meta)
    .values({ key: POLICY_KEY, value })
    .onConflictDoUpdate({ target: meta.key, set: { value } })
    .run()
}

/** True when the policy asks this user for a second factor and there is none yet. */
export function mustSetUpSecondFactor(tx: Executor, userId: number, role: Role): boolean {
  return requiredRoles(tx).includes(role) && !hasSecondFactor(tx, userId)
}
