import { generateSync } from 'otplib'
import { openDb } from './db'

/*
 * Second-factor helpers for the end-to-end tests: the policy switched in the database (every
 * server process reads it per request), and one-time codes computed from a secret the portal
 * showed at setup.
 */

const POLICY_KEY = 'policy.second_factor_roles'

export function setSecondFactorPolicy(roles: string[]): void {
  const db = openDb(false)
  try {
    db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(POLICY_KEY, JSON.stringify(roles))
  } finally {
    db.close()
  }
}

/** Runs `fn` with the policy asking `roles` for a second factor, and switches it off again. */
export async function withSecondFactorPolicy<T>(roles: string[], fn: () => Promise<T>): Promise<T> {
  setSecondFactorPolicy(roles)
  try {
    return await fn()
  } finally {
    setSecondFactorPolicy([])
  }
}

/** The code for `secret` `steps` 30-second steps from now. */
export function totpCode(secret: string, steps = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 })
}
