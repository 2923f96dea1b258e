'use server'

import { z } from 'zod'
import { changeNewsletterTopics, subscribeToNewsletter } from '@/db/admin/newsletter-visitor'
import type { ActionState } from '@/lib/action-state'
import { NEWSLETTER_TEXT } from '@/lib/newsletter/texts'
import { subscribeSchema, topicsSchema } from '@/lib/validation/newsletter'

/*
 * The newsletter's visitor actions, public on purpose (reviewed in
 * tests/int/authorization-coverage.test.ts): subscribing answers the same for every address,
 * is throttled and only mails the address itself a confirmation link; changing topics needs the
 * key from the subscriber's own mail.
 */

const t = NEWSLETTER_TEXT.de

const topicsOf = (formData: FormData) =>
  formData.getAll('topics').filter((v) => typeof v === 'string')

export async function subscribeAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const values = {
    email: typeof formData.get('email') === 'string' ? String(formData.get('email')) : '',
    topics: topicsOf(formData),
  }
  const parsed = subscribeSchema.safeParse({
    ...values,
    website: formData.get('website') ?? undefined,
    locale: formData.get('locale') ?? undefined,
  })
  if (!parsed.success)
    return {
      ok: false,
      message: null,
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values,
    }
  await subscribeToNewsletter({
    email: parsed.data.email,
    topics: parsed.data.topics,
    locale: parsed.data.locale ?? 'de',
    honeypot: parsed.data.website ?? '',
  })
  return { ok: true, message: t.accepted, fieldErrors: {} }
}

export async function saveTopicsAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = topicsSchema.safeParse({ key: formData.get('key'), topics: topicsOf(formData) })
  if (!parsed.success)
    return {
      ok: false,
      message: null,
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values: { topics: topicsOf(formData) },
    }
  if (!changeNewsletterTopics(parsed.data.key, parsed.data.topics))
    return { ok: false, message: t.linkInvalid, fieldErrors: {} }
  return {
    ok: true,
    message: t.settingsSaved,
    fieldErrors: {},
    values: { topics: parsed.data.topics },
  }
}

/** The footer's form: its own action, so a page with both forms shows the answer only once. */
export async function subscribeFooterAction(
  previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return subscribeAction(previous, formData)
}
