'use server'

import { AuthError } from 'next-auth'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { signIn, signOut } from '@/auth'
import {
  closeSession,
  currentSessionId,
  redeemPasswordToken,
  requestReset,
} from '@/db/auth/session'
import type { ActionState } from '@/lib/action-state'
import { safeCallbackPath } from '@/lib/safe-redirect'

/*
 * Logging in and out, and the password links. All public on purpose (they are on the reviewed list in
 * tests/int/authorization-coverage.test.ts): logging in is how a visitor becomes a user, logging
 * out only ever ends the caller's own session, a reset request answers the same for every
 * address, and setting a password needs a valid single-use link.
 */

const loginSchema = z.object({
  email: z.string().trim().min(1, { error: 'Bitte die E-Mail-Adresse eingeben.' }).max(254),
  password: z.string().min(1, { error: 'Bitte das Passwort eingeben.' }).max(1024),
  callbackUrl: z.string().max(500).optional(),
})

export async function loginAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = loginSchema.safeParse({
    email: formData.get('email'),
    password: formData.get('password'),
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  })
  const email = typeof formData.get('email') === 'string' ? String(formData.get('email')) : ''
  if (!parsed.success) {
    return {
      ok: false,
      message: 'Bitte E-Mail-Adresse und Passwort eingeben.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values: { email },
    }
  }
  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirect: false,
    })
  } catch (error) {
    if (error instanceof AuthError && 'code' in error && error.code === 'second_factor') {
      const next = safeCallbackPath(parsed.data.callbackUrl)
      redirect(`/login/zweiter-schritt?callbackUrl=${encodeURIComponent(next)}`)
    }
    if (error instanceof AuthError) {
      const locked = 'code' in error && error.code === 'locked'
      return {
        ok: false,
        message: locked
          ? 'Zu viele fehlgeschlagene Anmeldungen. Die Anmeldung ist vorübergehend gesperrt. Bitte versuchen Sie es später noch einmal oder setzen Sie Ihr Passwort zurück.'
          : 'Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort stimmen nicht.',
        fieldErrors: {},
        values: { email },
      }
    }
    throw error
  }
  redirect(safeCallbackPath(parsed.data.callbackUrl))
}

export async function logoutAction(): Promise<void> {
  const sessionId = await currentSessionId()
  if (sessionId) closeSession(sessionId)
  await signOut({ redirect: false })
  redirect('/login?abgemeldet=1')
}

const resetRequestSchema = z.object({
  email: z
    .string()
    .trim()
    .min(3, { error: 'Bitte Ihre E-Mail-Adresse eingeben.' })
    .max(254)
    .pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse eingeben.' })),
})

export async function requestResetAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = resetRequestSchema.safeParse({ email: formData.get('email') })
  if (!parsed.success) {
    return {
      ok: false,
      message: null,
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values: { email: String(formData.get('email') ?? '') },
    }
  }
  await requestReset(parsed.data.email)
  return {
    ok: true,
    message:
      'Wenn zu dieser Adresse ein Konto besteht, erhalten Sie eine E-Mail mit einem Link zum Zurücksetzen. Ohne E-Mail-Versand hilft Ihnen die Verwaltung des Portals weiter.',
    fieldErrors: {},
  }
}

const setPasswordSchema = z
  .object({
    token: z.string().min(1).max(100),
    password: z.string().min(1, { error: 'Bitte ein Passwort eingeben.' }).max(1024),
    confirm: z.string().max(1024),
  })
  .refine((value) => value.password === value.confirm, {
    path: ['confirm'],
    error: 'Die beiden Passwörter stimmen nicht überein.',
  })

export async function setPasswordAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = setPasswordSchema.safeParse({
    token: formData.get('token'),
    password: formData.get('password'),
    confirm: formData.get('confirm'),
  })
  if (!parsed.success)
    return { ok: false, message: null, fieldErrors: z.flattenError(parsed.error).fieldErrors }
  const problem = await redeemPasswordToken(parsed.data.token, parsed.data.password)
  if (problem) {
    const isPasswordProblem = /Passwort/.test(problem) && !/Link/.test(problem)
    return {
      ok: false,
      message: isPasswordProblem ? null : problem,
      fieldErrors: isPasswordProblem ? { password: [problem] } : {},
    }
  }
  redirect('/login?passwort=neu')
}
