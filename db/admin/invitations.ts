import 'server-only'
import { eq, sql } from 'drizzle-orm'
import { getDb } from '../client'
import { FieldError, requireRole, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { normaliseEmail } from '../auth/login'
import { users, type Role } from '../schema'
import { clientAddress } from '../auth/session'
import { issueToken } from '../auth/tokens'
import { writeTransaction } from '../tx'
import { assertPartnerLink } from './users'
import { now } from '@/lib/clock'
import { mailConfigured, sendMail } from '@/lib/mail'
import { absoluteUrl } from '@/lib/site'

/*
 * Password links, admins only: an invitation creates the account and a link through which the
 * person sets their own password; an account can get a fresh link (a new invitation, or a reset
 * once it has a password). The link is mailed where mail is set up and always shown to the admin.
 */

export type InviteResult = { link: string; mailed: boolean }

async function deliverLink(
  email: string,
  name: string,
  link: string,
  kind: 'invite' | 'reset',
): Promise<boolean> {
  if (!mailConfigured()) return false
  try {
    return await sendMail({
      to: email,
      subject: kind === 'invite' ? 'Einladung zum Clusterportal' : 'Passwort zurücksetzen',
      text:
        kind === 'invite'
          ? `Hallo ${name},\n\nSie wurden zum Clusterportal eingeladen. Über diesen Link legen Sie Ihr Passwort fest (gültig 72 Stunden, nur einmal):\n\n${link}\n`
          : `Hallo ${name},\n\nüber diesen Link setzen Sie ein neues Passwort (gültig eine Stunde, nur einmal):\n\n${link}\n`,
    })
  } catch (error) {
    console.error(
      JSON.stringify({
        level: 'error',
        event: 'mail_failed',
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    return false
  }
}

export async function inviteUser(data: {
  email: string
  name: string
  role: Role
  partnerId: number | null
}): Promise<InviteResult> {
  const admin = await requireRole('admin')
  const db = getDb()
  const email = normaliseEmail(data.email)
  const address = await clientAddress()
  const token = writeTransaction(db, (tx) => {
    // Inside the transaction: two admins inviting the same address at once get one account and
    // one clear message, not a constraint error.
    if (
      tx
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = ${email}`)
        .get()
    )
      throw new FieldError('email', 'Für diese E-Mail-Adresse gibt es schon ein Konto.')
    const partnerId = assertPartnerLink(tx, data.role, data.partnerId)
    const at = now()
    const id = tx
      .insert(users)
      .values({
        email,
        name: data.name,
        role: data.role,
        partnerId,
        state: 'invited',
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: users.id })
      .get().id
    recordAudit(tx, {
      action: 'user.invite',
      actorId: admin.id,
      actorEmail: admin.email,
      entityType: 'user',
      entityId: id,
      details: { email, role: data.role, partnerId },
      clientAddress: address,
    })
    return issueToken(tx, id, 'invite', admin.id)
  })
  const link = absoluteUrl(`/passwort-setzen?token=${token}`)
  return { link, mailed: await deliverLink(email, data.name, link, 'invite') }
}

/** A new password link: an invitation for accounts not yet set up, else a reset (1 hour). */
export async function issuePasswordLink(id: number): Promise<InviteResult> {
  const admin = await requireRole('admin')
  const db = getDb()
  const target = db.select().from(users).where(eq(users.id, id)).get()
  if (!target) throw new UserError('Dieses Konto gibt es nicht (mehr).')
  if (target.state === 'disabled')
    throw new UserError('Das Konto ist gesperrt. Entsperren Sie es zuerst.')
  const kind = target.passwordHash ? 'reset' : 'invite'
  const address = await clientAddress()
  const token = writeTransaction(db, (tx) => {
    recordAudit(tx, {
      action: kind === 'invite' ? 'user.invite_renewed' : 'user.reset_issued',
      actorId: admin.id,
      actorEmail: admin.email,
      entityType: 'user',
      entityId: id,
      details: { email: target.email },
      clientAddress: address,
    })
    return issueToken(tx, id, kind, admin.id)
  })
  const link = absoluteUrl(`/passwort-setzen?token=${token}`)
  return { link, mailed: await deliverLink(target.email, target.name, link, kind) }
}
