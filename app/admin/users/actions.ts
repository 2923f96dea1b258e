'use server'

import { z } from 'zod'
import { guardedAction } from '@/db/auth/guard'
import { inviteUser, issuePasswordLink } from '@/db/admin/invitations'
import { endUserSessions, setUserState, updateUserRole } from '@/db/admin/users'
import type { ActionState } from '@/lib/action-state'
import { inviteSchema, roleSchema } from '@/lib/validation/accounts'
import { recordId as id } from '@/lib/validation/item-actions'

function linkNotice(result: { link: string; mailed: boolean }, what: string): ActionState {
  return {
    ok: true,
    message: result.mailed
      ? `${what} per E-Mail verschickt.`
      : `${what} erstellt. Ohne E-Mail-Versand bitte diesen Link weitergeben:`,
    fieldErrors: {},
    data: result.mailed ? undefined : { link: result.link },
  }
}

export const inviteUserAction = guardedAction(
  { name: 'inviteUser', roles: ['admin'], schema: inviteSchema },
  async (data) => {
    return linkNotice(await inviteUser(data), 'Einladung')
  },
)

export const changeRoleAction = guardedAction(
  { name: 'changeRole', roles: ['admin'], schema: roleSchema },
  async (data) => {
    await updateUserRole(data.id, data.role, data.partnerId)
    return {
      ok: true,
      message: 'Rolle gespeichert. Alle Sitzungen des Kontos wurden beendet.',
      fieldErrors: {},
    }
  },
)

export const setUserStateAction = guardedAction(
  {
    name: 'setUserState',
    roles: ['admin'],
    schema: z.object({ id, state: z.enum(['active', 'disabled']) }).strict(),
  },
  async ({ id: userId, state }) => {
    await setUserState(userId, state)
    return {
      ok: true,
      message:
        state === 'disabled' ? 'Konto gesperrt; alle Sitzungen sind beendet.' : 'Konto entsperrt.',
      fieldErrors: {},
    }
  },
)

export const passwordLinkAction = guardedAction(
  { name: 'passwordLink', roles: ['admin'], schema: z.object({ id }).strict() },
  async ({ id: userId }) => {
    return linkNotice(await issuePasswordLink(userId), 'Passwort-Link')
  },
)

export const endSessionsAction = guardedAction(
  { name: 'endSessions', roles: ['admin'], schema: z.object({ id }).strict() },
  async ({ id: userId }) => {
    await endUserSessions(userId)
    return { ok: true, message: 'Alle Sitzungen des Kontos wurden beendet.', fieldErrors: {} }
  },
)
