'use server'

import { z } from 'zod'
import { guardedAction } from '@/db/auth/guard'
import { resetUserSecondFactor, setSecondFactorPolicy } from '@/db/admin/second-factor-policy'
import { recordId as id } from '@/lib/validation/item-actions'

/* The admins' second-factor settings: the policy, and resetting one account's factors. */

export const setSecondFactorPolicyAction = guardedAction(
  {
    name: 'setSecondFactorPolicy',
    roles: ['admin'],
    schema: z
      .object({
        roles: z
          .array(z.enum(['admin', 'editor', 'partner']))
          .max(3)
          .default([]),
      })
      .strict(),
    arrayKeys: ['roles'],
  },
  async ({ roles }) => {
    await setSecondFactorPolicy(roles)
    return {
      ok: true,
      message:
        roles.length === 0
          ? 'Gespeichert: Ein zweiter Faktor ist für niemanden Pflicht.'
          : 'Gespeichert. Wer ohne zweiten Faktor ist, wird bei der nächsten Seite zur Einrichtung geschickt.',
      fieldErrors: {},
    }
  },
)

export const resetSecondFactorAction = guardedAction(
  { name: 'resetSecondFactor', roles: ['admin'], schema: z.object({ id }).strict() },
  async ({ id: userId }) => {
    await resetUserSecondFactor(userId)
    return {
      ok: true,
      message: 'Zweiter Faktor zurückgesetzt; alle Sitzungen des Kontos sind beendet.',
      fieldErrors: {},
    }
  },
)
