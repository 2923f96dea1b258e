import 'server-only'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import { eq, lte, or } from 'drizzle-orm'
import type { Db } from '../client'
import { leases } from '../schema'

/*
 * A lease in the database: of all portal processes on one database file, exactly one holds a
 * named duty at a time (the scheduler publishing due items, the hourly pruning). The holder
 * renews it well within its lifetime; when the holder dies, the lease runs out and another
 * process takes it on its next attempt. The check and the take are one statement, so two
 * processes cannot both take an expired lease.
 */

/** Who this process is in the `leases` table: host, process id and a random part. */
export function processIdentity(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
}

/**
 * Takes or renews the lease `name` for `holder` for `ttlMs` from `at`; true when `holder` holds
 * it afterwards. A valid lease of someone else is left alone.
 */
export function acquireLease(db: Db, name: string, holder: string, ttlMs: number, at: Date) {
  const expiresAt = new Date(at.getTime() + ttlMs)
  const result = db
    .insert(leases)
    .values({ name, holder, expiresAt })
    .onConflictDoUpdate({
      target: leases.name,
      set: { holder, expiresAt },
      setWhere: or(eq(leases.holder, holder), lte(leases.expiresAt, at)),
    })
    .run()
  return result.changes > 0
}

/** The current holder of `name` while its lease is valid, else null. */
export function leaseHolder(db: Db, name: string, at: Date): string | null {
  const row = db.select().from(leases).where(eq(leases.name, name)).get()
  return row && row.expiresAt > at ? row.holder : null
}
