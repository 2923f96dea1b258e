import 'server-only'
import { and, asc, count, desc, eq, ne, sql } from 'drizzle-orm'
import { getDb } from '../client'
import { FieldError, requireRole, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { endAllSessions } from '../auth/login'
import { auditLog, partners, sessions, users, type Role, type UserState } from '../schema'
import { clientAddress } from '../auth/session'
import { writeTransaction, type Tx } from '../tx'
import { now } from '@/lib/clock'

/*
 * Accounts: admins only. Admins change roles, link partner accounts to their organisation,
 * disable accounts and end sessions (invitations and password links: invitations.ts). Every such
 * change ends the account's sessions at once. The last active admin cannot be disabled or demoted.
 */

export async function listUsers() {
  await requireRole('admin')
  const db = getDb()
  const rows = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      state: users.state,
      lastLoginAt: users.lastLoginAt,
      partnerId: users.partnerId,
      partnerName: partners.name,
      sessions: sql<number>`(SELECT count(*) FROM sessions s WHERE s.user_id = ${users.id})`,
    })
    .from(users)
    .leftJoin(partners, eq(partners.id, users.partnerId))
    .orderBy(asc(users.name))
    .all()
  const resetRequests = db
    .select({ email: auditLog.actorEmail, at: sql<number>`max(${auditLog.createdAt})` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'user.reset_requested'),
        sql`${auditLog.createdAt} > ${now().getTime() - 7 * 24 * 3600 * 1000}`,
      ),
    )
    .groupBy(auditLog.actorEmail)
    .all()
  const requested = new Map(resetRequests.map((r) => [r.email, new Date(r.at)]))
  return rows.map((row) => ({ ...row, resetRequestedAt: requested.get(row.email) ?? null }))
}

export async function getUserAdmin(id: number) {
  await requireRole('admin')
  const db = getDb()
  const user = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      state: users.state,
      partnerId: users.partnerId,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, id))
    .get()
  if (!user) return null
  const activeSessions = db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      clientAddress: sessions.clientAddress,
      userAgent: sessions.userAgent,
      authMethod: sessions.authMethod,
    })
    .from(sessions)
    .where(eq(sessions.userId, id))
    .orderBy(desc(sessions.lastSeenAt))
    .all()
  return { ...user, sessions: activeSessions }
}

export async function listPartnerChoices() {
  await requireRole('admin')
  return getDb()
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .orderBy(partners.sortName)
    .all()
}

function activeAdmins(tx: Tx, exceptId: number): number {
  return (
    tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.state, 'active'), ne(users.id, exceptId)))
      .get()?.n ?? 0
  )
}

/** The organisation a partner account belongs to; null for every other role. */
export function assertPartnerLink(tx: Tx, role: Role, partnerId: number | null): number | null {
  if (role !== 'partner') return null
  if (!partnerId) throw new FieldError('partnerId', 'Ein Partnerkonto braucht eine Organisation.')
  if (!tx.select({ id: partners.id }).from(partners).where(eq(partners.id, partnerId)).get())
    throw new FieldError('partnerId', 'Diese Organisation gibt es nicht.')
  return partnerId
}

export async function updateUserRole(
  id: number,
  role: Role,
  partnerId: number | null,
): Promise<void> {
  const admin = await requireRole('admin')
  const db = getDb()
  const target = db.select().from(users).where(eq(users.id, id)).get()
  if (!target) throw new UserError('Dieses Konto gibt es nicht (mehr).')
  const address = await clientAddress()
  writeTransaction(db, (tx) => {
    if (
      target.role === 'admin' &&
      role !== 'admin' &&
      target.state === 'active' &&
      activeAdmins(tx, id) === 0
    ) {
      throw new UserError(
        'Das ist das letzte aktive Admin-Konto. Ernennen Sie zuerst jemand anderen zum Admin.',
      )
    }
    const link = assertPartnerLink(tx, role, partnerId)
    tx.update(users)
      .set({
        role,
        partnerId: link,
        updatedAt: now(),
      })
      .where(eq(users.id, id))
      .run()
    endAllSessions(tx, id)
    recordAudit(tx, {
      action: 'user.role_change',
      actorId: admin.id,
      actorEmail: admin.email,
      entityType: 'user',
      entityId: id,
      details: { from: target.role, to: role, partnerId: link },
      clientAddress: address,
    })
  })
}

export async function setUserState(
  id: number,
  state: Extract<UserState, 'active' | 'disabled'>,
): Promise<void> {
  const admin = await requireRole('admin')
  const db = getDb()
  const target = db.select().from(users).where(eq(users.id, id)).get()
  if (!target) throw new UserError('Dieses Konto gibt es nicht (mehr).')
  if (state === 'active' && !target.passwordHash)
    throw new UserError(
      'Dieses Konto hat die Einladung noch nicht angenommen. Schicken Sie eine neue Einladung (Passwort-Link).',
    )
  const address = await clientAddress()
  writeTransaction(db, (tx) => {
    if (
      state === 'disabled' &&
      target.role === 'admin' &&
      target.state === 'active' &&
      activeAdmins(tx, id) === 0
    ) {
      throw new UserError('Das ist das letzte aktive Admin-Konto; es kann nicht gesperrt werden.')
    }
    tx.update(users).set({ state, updatedAt: now() }).where(eq(users.id, id)).run()
    endAllSessions(tx, id)
    recordAudit(tx, {
      action: state === 'disabled' ? 'user.disable' : 'user.enable',
      actorId: admin.id,
      actorEmail: admin.email,
      entityType: 'user',
      entityId: id,
      details: { email: target.email },
      clientAddress: address,
    })
  })
}

export async function endUserSessions(id: number): Promise<void> {
  const admin = await requireRole('admin')
  const db = getDb()
  const target = db.select({ email: users.email }).from(users).where(eq(users.id, id)).get()
  if (!target) throw new UserError('Dieses Konto gibt es nicht (mehr).')
  const address = await clientAddress()
  writeTransaction(db, (tx) => {
    endAllSessions(tx, id)
    recordAudit(tx, {
      action: 'user.sessions_ended',
      actorId: admin.id,
      actorEmail: admin.email,
      entityType: 'user',
      entityId: id,
      details: { email: target.email },
      clientAddress: address,
    })
  })
}
