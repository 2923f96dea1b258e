'use server'

import { z } from 'zod'
import { changeNewsletterTopics, subscribeToNewsletter } from '@/db/admin/newsletter-visitor'
import type { ActionState } from '@/lib/action-state'
import { newsletterText } from '@/lib/newsletter/texts'
import { formLocale, subscribeSchema, topicsSchema } from '@/lib/validation/newsletter'

/*
 * The newsletter's visitor actions, public on purpose (reviewed in
 * tests/int/authorization-coverage.test.ts): subscribing answers the same for every address,
 * is throttled and only mails the address itself a confirmation link; changing topics needs the
 * key from the subscriber's own mail. Both answer in the language of the form (German or
 * English site); a subscription keeps that language for its mails.
 */

const topicsOf = (formData: FormData) =>
  formData.getAll('topics').filter((v) => typeof v === 'string')

export async function subscribeAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const locale = formLocale(formData.get('locale'))
  const values = {
    email: typeof formData.get('email') === 'string' ? String(formData.get('email')) : '',
    topics: topicsOf(formData),
  }
  const parsed = subscribeSchema(locale).safeParse({
    ...values,
    website: formData.get('website') ?? undefined,
    locale,
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
    locale: parsed.data.locale,
    honeypot: parsed.data.website ?? '',
  })
  return { ok: true, message: newsletterText(locale).accepted, fieldErrors: {} }
}

export async function saveTopicsAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const locale = formLocale(formData.get('locale'))
  const t = newsletterText(locale)
  const parsed = topicsSchema(locale).safeParse({
    key: formData.get('key'),
    topics: topicsOf(formData),
  })
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
