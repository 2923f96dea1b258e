'use server'

import type { RegistrationResponseJSON } from '@simplewebauthn/server'
import { refresh } from 'next/cache'
import { z } from 'zod'
import { guardedAction } from '@/db/auth/guard'
import {
  addPasskey,
  beginTotpSetup,
  deleteOwnPasskey,
  finishTotpSetup,
  passkeyRegistrationOptions,
  removeOwnTotp,
  renewRecoveryCodes,
} from '@/db/admin/second-factor'
import { setOwnInterfaceLanguage } from '@/db/admin/account'
import type { ActionState } from '@/lib/action-state'
import { locales } from '@/lib/i18n/locales'
import { webauthnAnswer } from '@/lib/validation/webauthn'

/*
 * "Mein Konto": the caller's own second factors. Every role may use these, also while the policy
 * still asks for a second factor (they are how one gets set up); none takes a user id.
 */

const nothing = z.object({}).strict()

function codesShown(message: string, codes: string[] | null): ActionState {
  return {
    ok: true,
    message,
    fieldErrors: {},
    data: codes ? { recoveryCodes: codes.join(' ') } : undefined,
  }
}

export const startTotpAction = guardedAction(
  {
    name: 'startTotp',
    roles: ['admin', 'editor', 'partner'],
    schema: nothing,
    duringSecondFactorSetup: true,
  },
  async () => {
    await beginTotpSetup()
    return { redirectTo: '/admin/konto?app=einrichten#code-app' }
  },
)

export const confirmTotpAction = guardedAction(
  {
    name: 'confirmTotp',
    roles: ['admin', 'editor', 'partner'],
    schema: z
      .object({ code: z.string().trim().min(1, { error: 'Bitte den Code eingeben.' }).max(12) })
      .strict(),
    duringSecondFactorSetup: true,
  },
  async ({ code }) => {
    const codes = await finishTotpSetup(code)
    return codesShown('Die Code-App ist eingerichtet.', codes)
  },
)

export const removeTotpAction = guardedAction(
  {
    name: 'removeTotp',
    roles: ['admin', 'editor', 'partner'],
    schema: nothing,
    duringSecondFactorSetup: true,
  },
  async () => {
    await removeOwnTotp()
    return { redirectTo: '/admin/konto?entfernt=app' }
  },
)

export const renewRecoveryCodesAction = guardedAction(
  {
    name: 'renewRecoveryCodes',
    roles: ['admin', 'editor', 'partner'],
    schema: nothing,
    duringSecondFactorSetup: true,
  },
  async () =>
    codesShown(
      'Neue Wiederherstellungscodes; die alten gelten nicht mehr.',
      await renewRecoveryCodes(),
    ),
)

export const passkeyOptionsAction = guardedAction(
  {
    name: 'passkeyOptions',
    roles: ['admin', 'editor', 'partner'],
    schema: nothing,
    duringSecondFactorSetup: true,
  },
  async () => ({
    ok: true,
    message: null,
    fieldErrors: {},
    data: { options: await passkeyRegistrationOptions() },
  }),
)

const registrationResponse = webauthnAnswer<RegistrationResponseJSON>(
  'Die Antwort des Passkeys ist unvollständig.',
)

export const registerPasskeyAction = guardedAction(
  {
    name: 'registerPasskey',
    roles: ['admin', 'editor', 'partner'],
    schema: z
      .object({
        name: z
          .string()
          .trim()
          .min(1, { error: 'Bitte einen Namen für den Passkey eingeben.' })
          .max(60),
        response: registrationResponse,
      })
      .strict(),
    duringSecondFactorSetup: true,
  },
  async ({ name, response }) => {
    const codes = await addPasskey(name, response)
    return codesShown(`Der Passkey „${name}“ ist gespeichert.`, codes)
  },
)

export const removePasskeyAction = guardedAction(
  {
    name: 'removePasskey',
    roles: ['admin', 'editor', 'partner'],
    schema: z.object({ id: z.string().min(1).max(1400) }).strict(),
    duringSecondFactorSetup: true,
  },
  async ({ id }) => {
    await deleteOwnPasskey(id)
    return { redirectTo: '/admin/konto?entfernt=passkey' }
  },
)

export const saveInterfaceLanguageAction = guardedAction(
  {
    name: 'saveInterfaceLanguage',
    roles: ['admin', 'editor', 'partner'],
    schema: z
      .object({ uiLocale: z.enum(locales, { error: 'Bitte Deutsch oder English wählen.' }) })
      .strict(),
    duringSecondFactorSetup: true,
  },
  async ({ uiLocale }) => {
    await setOwnInterfaceLanguage(uiLocale)
    // The backend's layout (menus, `<html lang>`) is rendered again, not kept from the router.
    refresh()
    return { redirectTo: '/admin/konto?sprache=gespeichert' }
  },
)
