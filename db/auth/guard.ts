import 'server-only'
import { randomUUID } from 'node:crypto'
import { forbidden, redirect, unstable_rethrow } from 'next/navigation'
import { z } from 'zod'
import { getDb } from '../client'
import { recordAudit, recordRepeatedAudit } from '../store/journal'
import type { Role } from '../schema'
import { clientAddress, getCurrentUser, type CurrentUser } from './session'
import type { ActionState } from '@/lib/action-state'
import { formDataToObject } from '@/lib/form-data'
import { localizeActionState } from '@/lib/i18n/admin-errors'

/*
 * Authorization that cannot be forgotten. Every server action is built with `guardedAction`, which
 * authenticates, checks the role, validates the input with the action's zod schema and only then
 * calls the handler; data functions call `requireUser` / `requireRole` themselves as well. A
 * static test (tests/int/authorization-coverage.test.ts) fails when an exported action is not
 * built this way.
 */

export class NotAuthenticated extends Error {}
export class Forbidden extends Error {}
/** An error whose message is meant for the user (German). */
export class UserError extends Error {}
/** A German message for one field of the form. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

/** The policy asks for a second factor the user has not set up yet. */
export class SecondFactorSetupRequired extends Forbidden {}

export const MESSAGES = {
  login: 'Bitte melden Sie sich an.',
  secondFactor:
    'Für Ihre Rolle ist ein zweiter Faktor Pflicht. Bitte richten Sie ihn unter „Mein Konto“ ein; bis dahin ist nichts anderes möglich.',
  forbidden: 'Dafür fehlt Ihnen die Berechtigung.',
  invalid: 'Bitte prüfen Sie die markierten Felder.',
  failed: 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
} as const

/** Where a user the policy asks for a second factor is sent until it is set up. */
export const SECOND_FACTOR_SETUP_PATH = '/admin/konto?einrichten=1'

export async function requireUser(): Promise<CurrentUser> {
  const user = await requireUserDuringSetup()
  if (user.secondFactorSetupRequired) throw new SecondFactorSetupRequired()
  return user
}

/** Only for setting up the second factor itself (and reading what that needs). */
export async function requireUserDuringSetup(): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) throw new NotAuthenticated()
  return user
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser()
  if (!roles.includes(user.role)) throw new Forbidden()
  return user
}

type PageOptions = { duringSecondFactorSetup: true }

/**
 * For backend pages: the signed-in user, or the login page; a 403 page when the role does not
 * fit. A user who must still set up a second factor is sent to that setup from every page but
 * the one that offers it (`{ duringSecondFactorSetup: true }`).
 */
export async function requirePageRole(...args: Role[] | [PageOptions]): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) redirect('/login?callbackUrl=/admin')
  const options = typeof args[0] === 'object' ? args[0] : null
  const roles = options ? [] : (args as Role[])
  if (user.secondFactorSetupRequired && !options?.duringSecondFactorSetup)
    redirect(SECOND_FACTOR_SETUP_PATH)
  if (roles.length > 0 && !roles.includes(user.role)) forbidden()
  return user
}

/** Calls without a session from one address are one entry per window (with a count). */
const ANONYMOUS_DENIAL_WINDOW_MS = 10 * 60 * 1000

async function auditDenial(name: string, user: CurrentUser | null, reason: string) {
  const entry = {
    action: 'authz.denied',
    actorId: user?.id ?? null,
    actorEmail: user?.email ?? null,
    details: { action: name, reason },
    clientAddress: await clientAddress(),
  }
  if (user) recordAudit(getDb(), entry)
  else recordRepeatedAudit(getDb(), entry, ANONYMOUS_DENIAL_WINDOW_MS)
}

type Handler<T> = (
  input: T,
  user: CurrentUser,
) => Promise<ActionState | { redirectTo: string } | void>

/**
 * A server action for a form: (previous state, FormData) → ActionState. On success the handler
 * may ask for a redirect, which happens outside every try.
 */
export function guardedAction<S extends z.ZodType>(
  config: {
    name: string
    roles: readonly Role[]
    schema: S
    arrayKeys?: readonly string[]
    /** Open to a user who must still set up a second factor (only the setup's own actions). */
    duringSecondFactorSetup?: true
  },
  handler: Handler<z.infer<S>>,
): (previous: ActionState, formData: FormData) => Promise<ActionState> {
  return async (previous: ActionState, formData: FormData): Promise<ActionState> => {
    const state = await run(previous, formData)
    // Messages are written in German; a user with an English interface reads them in English.
    const locale = (await getCurrentUser())?.uiLocale ?? 'de'
    return localizeActionState(state, locale)
  }

  async function run(_previous: ActionState, formData: FormData): Promise<ActionState> {
    const user = await getCurrentUser()
    if (!user) {
      await auditDenial(config.name, null, 'not_authenticated')
      return { ok: false, message: MESSAGES.login, fieldErrors: {} }
    }
    if (!config.roles.includes(user.role)) {
      await auditDenial(config.name, user, 'role')
      return { ok: false, message: MESSAGES.forbidden, fieldErrors: {} }
    }
    if (user.secondFactorSetupRequired && !config.duringSecondFactorSetup) {
      await auditDenial(config.name, user, 'second_factor_required')
      return { ok: false, message: MESSAGES.secondFactor, fieldErrors: {} }
    }
    if (!(formData instanceof FormData))
      return { ok: false, message: MESSAGES.invalid, fieldErrors: {} }
    const raw = formDataToObject(formData, config.arrayKeys)
    const values = Object.fromEntries(
      Object.entries(raw).filter(([, v]) => typeof v === 'string' || Array.isArray(v)),
    )
    const parsed = config.schema.safeParse(raw)
    if (!parsed.success) {
      return {
        ok: false,
        message: MESSAGES.invalid,
        fieldErrors: z.flattenError(parsed.error).fieldErrors as ActionState['fieldErrors'],
        values,
      }
    }
    let result: Awaited<ReturnType<Handler<z.infer<S>>>>
    try {
      result = await handler(parsed.data, user)
    } catch (error) {
      unstable_rethrow(error)
      if (error instanceof SecondFactorSetupRequired) {
        await auditDenial(config.name, user, 'second_factor_required')
        return { ok: false, message: MESSAGES.secondFactor, fieldErrors: {}, values }
      }
      if (error instanceof Forbidden || error instanceof NotAuthenticated) {
        await auditDenial(config.name, user, 'object')
        return { ok: false, message: MESSAGES.forbidden, fieldErrors: {}, values }
      }
      if (error instanceof UserError)
        return { ok: false, message: error.message, fieldErrors: {}, values }
      if (error instanceof FieldError)
        return {
          ok: false,
          message: MESSAGES.invalid,
          fieldErrors: { [error.field]: [error.message] },
          values,
        }
      const requestId = randomUUID()
      console.error(
        JSON.stringify({
          level: 'error',
          requestId,
          action: config.name,
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      return {
        ok: false,
        message: `${MESSAGES.failed} (Fehlernummer ${requestId.slice(0, 8)})`,
        fieldErrors: {},
        values,
      }
    }
    if (result && 'redirectTo' in result) redirect(result.redirectTo)
    return result ?? { ok: true, message: null, fieldErrors: {} }
  }
}
