'use server'

import type { AuthenticationResponseJSON } from '@simplewebauthn/server'
import { AuthError } from 'next-auth'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { signIn } from '@/auth'
import {
  forgetPendingLogin,
  passkeyLoginOptions,
  secondStepPasskeyOptions,
  submitPasskeyLogin,
  submitSecondStepCode,
  submitSecondStepPasskey,
} from '@/db/auth/session'
import type { ActionState } from '@/lib/action-state'
import { safeCallbackPath } from '@/lib/safe-redirect'
import { webauthnAnswer } from '@/lib/validation/webauthn'

/*
 * The second step of a login and the passkey login. Public on purpose (reviewed in
 * tests/int/authorization-coverage.test.ts): they are how a visitor becomes a user. The second
 * step needs the pending-login cookie that only a right password sets, and its tries are counted
 * by the login throttle; a passkey login needs a signature over a single-use challenge.
 */

const MESSAGES = {
  expired: 'Die Anmeldung ist abgelaufen. Bitte melden Sie sich noch einmal mit Ihrem Passwort an.',
  invalid: 'Der Code stimmt nicht oder wurde schon verwendet.',
  passkey: 'Der Passkey wurde nicht akzeptiert. Bitte versuchen Sie es noch einmal.',
  locked:
    'Zu viele fehlgeschlagene Anmeldungen. Die Anmeldung ist vorübergehend gesperrt. Bitte versuchen Sie es später noch einmal.',
  failed: 'Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
} as const

const codeSchema = z.object({
  code: z.string().trim().min(1, { error: 'Bitte den Code eingeben.' }).max(40),
  callbackUrl: z.string().max(500).optional(),
})

const passkeySchema = z.object({
  response: webauthnAnswer<AuthenticationResponseJSON>('invalid'),
  callbackUrl: z.string().max(500).optional(),
})

/** The passkey answer and where to go after it, or null when the form is not one. */
function parsePasskeyForm(formData: FormData) {
  const parsed = passkeySchema.safeParse({
    response: formData.get('response'),
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  })
  return parsed.success ? parsed.data : null
}

const passkeyRefused: ActionState = { ok: false, message: MESSAGES.passkey, fieldErrors: {} }

async function openSession(ticket: string, callbackUrl: string | undefined): Promise<never> {
  await signIn('credentials', { ticket, redirect: false })
  await forgetPendingLogin()
  redirect(safeCallbackPath(callbackUrl))
}

function refused(reason: 'expired' | 'invalid' | 'locked', invalid: string): ActionState {
  return { ok: false, message: reason === 'invalid' ? invalid : MESSAGES[reason], fieldErrors: {} }
}

export async function secondStepAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = codeSchema.safeParse({
    code: formData.get('code'),
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  })
  if (!parsed.success)
    return { ok: false, message: null, fieldErrors: z.flattenError(parsed.error).fieldErrors }
  const result = await submitSecondStepCode(parsed.data.code)
  if (!result.ok) return refused(result.reason, MESSAGES.invalid)
  let target = parsed.data.callbackUrl
  if (result.recoveryCodesLeft !== undefined)
    target = `/admin/konto?wiederherstellung=${result.recoveryCodesLeft}`
  return signInOrFail(result.ticket, target)
}

async function signInOrFail(ticket: string, callbackUrl: string | undefined) {
  try {
    return await openSession(ticket, callbackUrl)
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, message: MESSAGES.failed, fieldErrors: {} }
    throw error
  }
}

/** Options for the passkey of a pending login (JSON for the browser), or null. */
export async function secondStepPasskeyOptionsAction(): Promise<string | null> {
  const options = await secondStepPasskeyOptions()
  return options ? JSON.stringify(options) : null
}

export async function secondStepPasskeyAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const form = parsePasskeyForm(formData)
  if (!form) return passkeyRefused
  const result = await submitSecondStepPasskey(form.response)
  if (!result.ok) return refused(result.reason, MESSAGES.passkey)
  return signInOrFail(result.ticket, form.callbackUrl)
}

/** Options for "Mit Passkey anmelden" (any discoverable passkey of this site). */
export async function passkeyLoginOptionsAction(): Promise<string | null> {
  const options = await passkeyLoginOptions()
  return options ? JSON.stringify(options) : null
}

export async function passkeyLoginAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const form = parsePasskeyForm(formData)
  if (!form) return passkeyRefused
  const ticket = await submitPasskeyLogin(form.response)
  if (!ticket) return passkeyRefused
  return signInOrFail(ticket, form.callbackUrl)
}
