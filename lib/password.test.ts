import { describe, expect, it } from 'vitest'
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from './password'

describe('passwordProblem', () => {
  it.each([
    ['kurz', /mindestens 12/],
    ['elf Zeichen', /mindestens 12/],
    ['Password1234', /verbreitet/],
    ['passwort12345!', /verbreitet/],
    ['qwertyuiopasdfgh', null],
    ['aaaaaaaaaaaaaaaa', /verbreitet/],
    ['x'.repeat(129), /höchstens 128/],
    ['Regenschirm-Turbine-Lippe', null],
  ])('%s', (password, expected) => {
    const problem = passwordProblem(password)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toMatch(expected)
  })

  it('counts characters, not bytes', () => {
    expect(passwordProblem('äöüäöüäöüäöü')).toBeNull()
  })
})

describe('hashPassword / verifyPassword', () => {
  it('stores argon2id with OWASP parameters and checks the exact password', async () => {
    const passphrase = 'ein sehr langer Satz als Passwort, der genau vierundsechzig Zeic'
    expect(passphrase.length).toBe(64)
    const phc = await hashPassword(passphrase)
    expect(phc).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(needsRehash(phc)).toBe(false)
    expect(await verifyPassword(phc, passphrase)).toBe(true)
    expect(await verifyPassword(phc, passphrase.slice(0, -1) + 'X')).toBe(false)
  })

  it('refuses oversized input', async () => {
    const phc = await hashPassword('Regenschirm-Turbine-Lippe')
    expect(await verifyPassword(phc, 'x'.repeat(10 * 1024 * 1024))).toBe(false)
  })

  it('flags hashes made with weaker parameters', () => {
    expect(needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA')).toBe(true)
  })
})
