import { z } from 'zod'
import { newsletterText, NEWSLETTER_TOPICS, type NewsletterLocale } from '../newsletter/texts'

const localeField = z.enum(['de', 'en'])

/** The language a visitor's form was in (a hidden field); German when missing or unknown. */
export function formLocale(value: unknown): NewsletterLocale {
  return localeField.safeParse(value).data ?? 'de'
}

/* The visitor's schemas speak the language of the form they came from. */

function topicsField(locale: NewsletterLocale) {
  return z
    .array(z.enum(NEWSLETTER_TOPICS))
    .max(NEWSLETTER_TOPICS.length)
    .min(1, { error: newsletterText(locale).noTopic })
}

export function subscribeSchema(locale: NewsletterLocale) {
  const invalidEmail = newsletterText(locale).invalidEmail
  return z.object({
    email: z
      .string()
      .trim()
      .min(3, { error: invalidEmail })
      .max(254, { error: invalidEmail })
      .pipe(z.email({ error: invalidEmail })),
    topics: topicsField(locale),
    /** The honeypot: people leave it empty, simple bots fill every field. */
    website: z.string().max(500).optional(),
    locale: localeField,
  })
}

export function topicsSchema(locale: NewsletterLocale) {
  return z.object({
    key: z.string().min(10).max(100),
    topics: topicsField(locale),
  })
}

const itemRef = z.string().regex(/^(news|event):\d{1,9}$/)

export const issueSchema = z.object({
  id: z.coerce.number().int().positive().optional(),
  subject: z
    .string()
    .trim()
    .min(3, { error: 'Bitte einen Betreff eingeben (mindestens 3 Zeichen).' })
    .max(200, { error: 'Der Betreff darf höchstens 200 Zeichen lang sein.' }),
  intro: z.string().max(20000, { error: 'Die Einleitung ist zu lang.' }).default(''),
  items: z.array(itemRef).max(100).default([]),
  /** Position per item ("news:3" → "2"), from the number fields beside each item. */
  order: z.record(z.string(), z.string().max(5)).optional(),
})

export const issueIdSchema = z.object({ id: z.coerce.number().int().positive() })

export const scheduleSchema = issueIdSchema.extend({
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'Bitte Datum und Uhrzeit angeben.' }),
})
