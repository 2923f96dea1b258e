import 'server-only'
import { eq } from 'drizzle-orm'
import { getDb } from '../client'
import { requireRole, UserError } from '../auth/guard'
import { clientAddress } from '../auth/session'
import {
  factorSummary,
  hasSecondFactor,
  requiredRoles,
  writeRequiredRoles,
} from '../auth/second-factor/state'
import { clearSecondFactors } from '../auth/second-factor/reset'
import { users, type Role } from '../schema'
import { recordAudit } from '../store/journal'
import { writeTransaction } from '../tx'

/*
 * The admins' side of the second factor: who must have one ("Zweiter Faktor ist Pflicht"), and
 * resetting a user's factors when a phone is lost. A reset ends that user's sessions. An admin
 * cannot make the factor compulsory for admins without having one, nor reset their own here
 * (that is "Mein Konto"), so the policy never shuts out the admin who set it.
 */

export async function getSecondFactorPolicy(): Promise<Role[]> {
  await requireRole('admin')
  return requiredRoles(getDb())
}

export async function setSecondFactorPolicy(roles: Role[]): Promise<void> {
  const admin = await requireRole('admin')
  const db = getDb()
  const address = await clientAddress()
  writeTransaction(db, (tx) => {
    if (roles.includes('admin') && !hasSecondFactor(tx, admin.id))
      throw new UserError(
        'Richten Sie zuerst unter „Mein Konto“ selbst einen zweiten Faktor ein, bevor Sie ihn für die Verwaltung zur Pflicht machen.',
      )
    const before = requiredRoles(tx)
    writeRequiredRoles(tx, roles)
    recordAudit(tx, {
      action: 'second_factor.policy_change',
      actorId: admin.id,
      actorEmail: admin.email,
      details: { before, after: requiredRoles(tx) },
      clientAddress: address,
    })
  })
}

export async function getUserSecondFactor(id: number) {
  await requireRole('admin')
  return factorSummary(getDb(), id)
}

export async function resetUserSecondFactor(id: number): Promise<void> {
  const admin = await requireRole('admin')
  if (id === admin.id)
    throw new UserError('Ihre eigenen Faktoren verwalten Sie unter „Mein Konto“.')
  const db = getDb()
  const target = db.select({ email: users.email }).from(users).where(eq(users.id, id)).get()
  if (!target) throw new UserError('Dieses Konto gibt es nicht (mehr).')
  const address = await clientAddress()
  writeTransaction(db, (tx) => {
    const before = clearSecondFactors(tx, id)
    recordAudit(tx, {
      action: 'second_factor.reset',
      actorId: admin.id,
      actorEmail: admin.email,
      entityType: 'user',
      entityId: id,
      details: { email: target.email, totp: before.totp, passkeys: before.passkeys },
      clientAddress: address,
    })
  })
}
