import { afterEach, describe, expect, it } from 'vitest'
import { acquireLease, leaseHolder } from '@/db/store/lease'
import { tempDatabase } from '../helpers/db'

describe('scheduler lease', () => {
  let cleanup: () => void = () => {}
  afterEach(() => cleanup())

  it('is held by one process at a time, renewed by it, and taken over once it ran out', () => {
    const temp = tempDatabase()
    cleanup = temp.cleanup
    const { db } = temp
    const t0 = new Date('2026-12-01T12:00:00Z')
    const later = (ms: number) => new Date(t0.getTime() + ms)

    expect(acquireLease(db, 'scheduler', 'a', 4000, t0)).toBe(true)
    expect(acquireLease(db, 'scheduler', 'b', 4000, later(100))).toBe(false)
    expect(leaseHolder(db, 'scheduler', later(100))).toBe('a')
    // a renews: b still cannot take it after the first lifetime would have ended.
    expect(acquireLease(db, 'scheduler', 'a', 4000, later(3000))).toBe(true)
    expect(acquireLease(db, 'scheduler', 'b', 4000, later(5000))).toBe(false)
    // a stops renewing (it died): once the lease ran out, b takes it and a no longer has it.
    expect(leaseHolder(db, 'scheduler', later(7000))).toBeNull()
    expect(acquireLease(db, 'scheduler', 'b', 4000, later(7000))).toBe(true)
    expect(acquireLease(db, 'scheduler', 'a', 4000, later(7100))).toBe(false)
    expect(leaseHolder(db, 'scheduler', later(7100))).toBe('b')
    // Other duties have leases of their own.
    expect(acquireLease(db, 'other', 'a', 4000, later(7100))).toBe(true)
  })
})
