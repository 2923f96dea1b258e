import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

/*
 * Encryption of small secrets at rest (the TOTP secrets): AES-256-GCM with a key derived from
 * AUTH_SECRET by HKDF-SHA256, one key per purpose. A copy of the database alone does not reveal
 * the secrets; a changed AUTH_SECRET makes them unreadable (the user sets the code app up again).
 * Stored as "v1.<iv>.<tag>.<ciphertext>", each part base64url.
 */

const VERSION = 'v1'

export function deriveKey(masterSecret: string, purpose: string): Buffer {
  if (masterSecret.length < 16) throw new Error('AUTH_SECRET is missing or too short')
  return Buffer.from(hkdfSync('sha256', masterSecret, 'clusterportal', purpose, 32))
}

export function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  // The context (e.g. the user id) is authenticated: a sealed value moved to another row fails.
  cipher.setAAD(Buffer.from(context))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

/** The plaintext, or null when the value was altered, sealed for another context or key. */
export function open(key: Buffer, sealed: string, context: string): string | null {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || body === undefined) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
    decipher.setAAD(Buffer.from(context))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8')
  } catch {
    return null
  }
}
