import { describe, expect, it } from 'vitest'
import { checkTotpCode, newTotpSecret, totpCodeAt } from './totp'

const at = new Date('2026-12-01T12:00:10Z')
const step = Math.floor(at.getTime() / 30_000)

describe('one-time codes', () => {
  const secret = newTotpSecret()

  it('accepts the current code and names its step', () => {
    expect(checkTotpCode(secret, totpCodeAt(secret, at), 0, at)).toEqual({
      ok: true,
      timeStep: step,
    })
  })

  it('refuses a code whose step was already used (replay), and every earlier one', () => {
    const code = totpCodeAt(secret, at)
    expect(checkTotpCode(secret, code, step, at)).toEqual({ ok: false, reason: 'replay' })
    const before = totpCodeAt(secret, new Date(at.getTime() - 30_000))
    expect(checkTotpCode(secret, before, step, at).ok).toBe(false)
  })

  it('accepts one step of drift either way, not two', () => {
    for (const offset of [-30_000, 30_000])
      expect(
        checkTotpCode(secret, totpCodeAt(secret, new Date(at.getTime() + offset)), 0, at).ok,
      ).toBe(true)
    for (const offset of [-65_000, 65_000])
      expect(
        checkTotpCode(secret, totpCodeAt(secret, new Date(at.getTime() + offset)), 0, at),
      ).toEqual({
        ok: false,
        reason: 'wrong',
      })
  })

  it('accepts a later code after an earlier one, refuses a wrong or malformed one', () => {
    const later = new Date(at.getTime() + 30_000)
    expect(checkTotpCode(secret, totpCodeAt(secret, later), step, later).ok).toBe(true)
    const code = totpCodeAt(secret, at)
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    expect(checkTotpCode(secret, wrong, 0, at)).toEqual({ ok: false, reason: 'wrong' })
    expect(checkTotpCode(secret, 'abcdef', 0, at).ok).toBe(false)
    expect(checkTotpCode(secret, `${code.slice(0, 3)} ${code.slice(3)}`, 0, at).ok).toBe(true)
  })

  it('does not accept another secret’s code', () => {
    expect(checkTotpCode(newTotpSecret(), totpCodeAt(secret, at), 0, at).ok).toBe(false)
  })
})
