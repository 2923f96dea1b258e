import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { allowHit, countHit, readRate, refundHit } from '@/db/auth/rate-limit'
import { writeTransaction } from '@/db/tx'
import { tempDatabase } from '../helpers/db'

/* The one rate limiter (uploads, password-reset requests, login addresses) on a real database. */

let ctx: ReturnType<typeof tempDatabase>
beforeEach(() => {
  ctx = tempDatabase()
  vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z'), toFake: ['Date'] })
})
afterEach(() => {
  vi.useRealTimers()
  ctx.cleanup()
})

const WINDOW = { limit: 3, windowMs: 60_000 }

describe('the rate limiter', () => {
  it('allows `limit` hits per window and starts counting again in the next one', () => {
    const answers = Array.from({ length: 5 }, () => allowHit(ctx.db, 'upload:1', WINDOW))
    expect(answers).toEqual([true, true, true, false, false])
    expect(allowHit(ctx.db, 'upload:2', WINDOW)).toBe(true)
    vi.setSystemTime(new Date('2026-03-01T10:01:00Z'))
    expect(allowHit(ctx.db, 'upload:1', WINDOW)).toBe(true)
    expect(readRate(ctx.db, 'upload:1')?.hits).toBe(1)
  })

  it('counts inside the caller’s transaction and takes a hit back', () => {
    writeTransaction(ctx.db, (tx) => {
      expect(countHit(tx, 'address:192.0.2.1', WINDOW).count).toBe(1)
      expect(countHit(tx, 'address:192.0.2.1', WINDOW).count).toBe(2)
      expect(refundHit(tx, 'address:192.0.2.1', WINDOW)).toBe(1)
    })
    expect(readRate(ctx.db, 'address:192.0.2.1')?.hits).toBe(1)
    vi.setSystemTime(new Date('2026-03-01T10:05:00Z'))
    expect(refundHit(ctx.db, 'address:192.0.2.1', WINDOW)).toBeNull()
  })

  it('keeps a lock written beside the count', () => {
    writeTransaction(ctx.db, (tx) => countHit(tx, 'account:a@example.org', WINDOW))
    const until = new Date('2026-03-01T10:10:00Z')
    ctx.db.run(
      // A lockout as the login writes it; counting again must not lift it.
      `UPDATE rate_limits SET locked_until = ${until.getTime()}, lock_count = 1`,
    )
    writeTransaction(ctx.db, (tx) => countHit(tx, 'account:a@example.org', WINDOW))
    const row = readRate(ctx.db, 'account:a@example.org')!
    expect(row.lockedUntil).toEqual(until)
    expect(row.lockCount).toBe(1)
  })
})
