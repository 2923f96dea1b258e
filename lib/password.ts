import { hash, verify } from '@node-rs/argon2'
import { isCommonPassword } from './common-passwords'

/*
 * Password hashing with argon2id at OWASP's parameters (m = 19 MiB, t = 2, p = 1), stored as a
 * PHC string so the parameters travel with the hash and can be raised later.
 */

export const ARGON2_OPTIONS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, not importable under isolatedModules)
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const

export const PASSWORD_MIN_LENGTH = 12
/** Long enough for any passphrase; the cap keeps a 10 MB "password" from ever being hashed. */
export const PASSWORD_MAX_LENGTH = 128

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false
  try {
    return await verify(phc, password)
  } catch {
    return false
  }
}

/** True when a stored hash was made with weaker parameters than today's. */
export function needsRehash(phc: string): boolean {
  return !phc.startsWith(
    `$argon2id$v=19$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}$`,
  )
}

/** German reason why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH)
    return `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`
  if (password.length > PASSWORD_MAX_LENGTH)
    return `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.`
  if (isCommonPassword(password) || /^(.)\1+$/u.test(password)) {
    return 'Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte ein anderes wählen.'
  }
  return null
}
