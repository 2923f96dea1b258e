import { describe, expect, it, vi } from 'vitest'
import {
  addressKey,
  createPerKeyLimit,
  createRenderGate,
  createTokenBuckets,
  gated,
  isSearchRequest,
} from './load-shedding.mjs'

describe('render gate', () => {
  function setUp(limit = 2, queueLimit = 2, maxWaitMs = 1000) {
    const started: string[] = []
    const rejected: string[] = []
    const dones = new Map<string, () => void>()
    const gate = createRenderGate({ limit, queueLimit, maxWaitMs })
    const submit = (name: string) =>
      gate.run(
        (done) => {
          started.push(name)
          dones.set(name, done)
        },
        (reason) => rejected.push(`${name}:${reason}`),
      )
    return { gate, started, rejected, dones, submit }
  }

  it('runs at most `limit` at once and starts the waiting ones in order as slots free up', () => {
    const { started, dones, submit } = setUp(2, 5)
    for (const name of ['a', 'b', 'c', 'd']) submit(name)
    expect(started).toEqual(['a', 'b'])
    dones.get('a')!()
    expect(started).toEqual(['a', 'b', 'c'])
    // Calling done twice frees one slot only.
    dones.get('a')!()
    expect(started).toEqual(['a', 'b', 'c'])
    dones.get('b')!()
    expect(started).toEqual(['a', 'b', 'c', 'd'])
  })

  it('refuses at once when the queue is full', () => {
    const { started, rejected, submit, gate } = setUp(1, 1)
    for (const name of ['a', 'b', 'c']) submit(name)
    expect(started).toEqual(['a'])
    expect(rejected).toEqual(['c:full'])
    expect(gate.stats()).toMatchObject({ active: 1, waiting: 1, shed: 1 })
  })

  it('refuses a task that waited too long, and a cancelled one never starts', () => {
    vi.useFakeTimers()
    try {
      const { started, rejected, dones, submit } = setUp(1, 3, 500)
      submit('a')
      const cancelB = submit('b')
      submit('c')
      cancelB()
      vi.advanceTimersByTime(501)
      expect(rejected).toEqual(['c:timeout'])
      dones.get('a')!()
      expect(started).toEqual(['a'])
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('token buckets', () => {
  it('allows the burst, then refuses with the seconds until the next token', () => {
    let now = 0
    const buckets = createTokenBuckets({ capacity: 3, perSecond: 0.5, now: () => now })
    expect([1, 2, 3].map(() => buckets.take('a').allowed)).toEqual([true, true, true])
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 })
    // Another address has its own budget.
    expect(buckets.take('b').allowed).toBe(true)
    now = 2000
    expect(buckets.take('a').allowed).toBe(true)
    expect(buckets.take('a').allowed).toBe(false)
  })

  it('refills no more than the capacity', () => {
    let now = 0
    const buckets = createTokenBuckets({ capacity: 2, perSecond: 1, now: () => now })
    buckets.take('a')
    now = 60_000
    expect([1, 2, 3].map(() => buckets.take('a').allowed)).toEqual([true, true, false])
  })

  it('remembers at most maxKeys addresses', () => {
    const buckets = createTokenBuckets({ capacity: 1, perSecond: 1, maxKeys: 100, now: () => 0 })
    for (let i = 0; i < 1000; i++) buckets.take(`10.0.${i >> 8}.${i & 255}`)
    expect(buckets.size()).toBe(100)
  })
})

describe('per-address limit', () => {
  it('lets each address run at most `max` at once', () => {
    const limit = createPerKeyLimit(2)
    expect([limit.enter('a'), limit.enter('a'), limit.enter('a')]).toEqual([true, true, false])
    expect(limit.enter('b')).toBe(true)
    limit.leave('a')
    expect(limit.enter('a')).toBe(true)
    limit.leave('a')
    limit.leave('a')
    limit.leave('b')
    expect(limit.size()).toBe(0)
  })
})

describe('addresses and requests', () => {
  it('keys IPv4 by the address and IPv6 by its /64 network', () => {
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7')
    expect(addressKey('2001:db8:0:12::1')).toBe('2001:db8:0:12::/64')
    expect(addressKey('2001:0db8:0000:0012:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:12::/64')
    expect(addressKey('2001:db8::1')).toBe(addressKey('2001:db8:0:0:ffff::2'))
  })

  it('counts searches with a word as searches, not the plain directory', () => {
    expect(isSearchRequest('/partner?q=Robotik')).toBe(true)
    expect(isSearchRequest('/suche?q=a%20b')).toBe(true)
    expect(isSearchRequest('/partner?q=+')).toBe(false)
    expect(isSearchRequest('/partner?seite=2')).toBe(false)
    expect(isSearchRequest('/partner/verein/q')).toBe(false)
  })

  it('lets built files, images, health and status pages past the gate', () => {
    expect(gated('/partner?q=x')).toBe(true)
    expect(gated('/admin/partner')).toBe(true)
    expect(gated('/_next/static/chunks/a.js')).toBe(false)
    expect(gated('/bilder/abc.webp?w=160')).toBe(false)
    expect(gated('/api/health')).toBe(false)
    expect(gated('/_status/404')).toBe(false)
    expect(gated('/admin/_status/403')).toBe(false)
  })
})
