import { describe, expect, it } from 'vitest'
import { deriveKey, open, seal } from './secret-box'

const SECRET = 'test-secret-0123456789abcdefghijklmnop'

describe('secret box', () => {
  const key = deriveKey(SECRET, 'totp')

  it('round-trips and never stores the plaintext', () => {
    const sealed = seal(key, 'JBSWY3DPEHPK3PXP', 'user:1')
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP')
    expect(sealed.startsWith('v1.')).toBe(true)
    expect(open(key, sealed, 'user:1')).toBe('JBSWY3DPEHPK3PXP')
  })

  it('uses a fresh IV each time', () => {
    expect(seal(key, 'x', 'user:1')).not.toBe(seal(key, 'x', 'user:1'))
  })

  it('refuses another context, another key, another purpose and altered bytes', () => {
    const sealed = seal(key, 'JBSWY3DPEHPK3PXP', 'user:1')
    expect(open(key, sealed, 'user:2')).toBeNull()
    expect(open(deriveKey(`${SECRET}x`, 'totp'), sealed, 'user:1')).toBeNull()
    expect(open(deriveKey(SECRET, 'other'), sealed, 'user:1')).toBeNull()
    const parts = sealed.split('.')
    const body = Buffer.from(parts[3]!, 'base64url')
    body[0] = body[0]! ^ 1
    parts[3] = body.toString('base64url')
    expect(open(key, parts.join('.'), 'user:1')).toBeNull()
    expect(open(key, 'garbage', 'user:1')).toBeNull()
  })

  it('needs a real master secret', () => {
    expect(() => deriveKey('', 'totp')).toThrow()
  })
})
