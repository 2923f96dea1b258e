import { describe, expect, it } from 'vitest'
import { parseTrustProxy } from './trust-proxy.mjs'

/* TRUST_PROXY: how many reverse proxies stand in front; a value it cannot read stops the start. */

describe('parseTrustProxy', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['0', 0],
    ['false', 0],
    ['FALSE', 0],
    ['1', 1],
    ['true', 1],
    [' True ', 1],
    ['2', 2],
  ])('reads %j as %i trusted hops', (value, hops) => {
    expect(parseTrustProxy(value)).toBe(hops)
  })

  it.each(['yes', 'on', '-1', '1.5', '1e3', '0x1', '2 proxies', '11'])(
    'refuses %j with a message naming the accepted values',
    (value) => {
      expect(() => parseTrustProxy(value)).toThrow(
        `TRUST_PROXY=„${value}“ ist kein gültiger Wert. Erlaubt: false oder 0 (kein Proxy), true oder 1 (ein Proxy), 2 bis 10 (so viele Proxys hintereinander).`,
      )
    },
  )
})
