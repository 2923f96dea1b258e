import { z } from 'zod'
import { NEWSLETTER_TOPICS, NEWSLETTER_TEXT } from '../newsletter/texts'

const t = NEWSLETTER_TEXT.de

export const topicsField = z
  .array(z.enum(NEWSLETTER_TOPICS))
  .max(NEWSLETTER_TOPICS.length)
  .min(1, { error: t.noTopic })

export const subscribeSchema = z.object({
  email: z
    .string()
    .trim()
    .min(3, { error: t.invalidEmail })
    .max(254, { error: t.invalidEmail })
    .pipe(z.email({ error: t.invalidEmail })),
  topics: topicsField,
  /** The honeypot: people leave it empty, simple bots fill every field. */
  website: z.string().max(500).optional(),
  locale: z.enum(['de', 'en']).optional(),
})

export const topicsSchema = z.object({
  key: z.string().min(10).max(100),
  topics: topicsField,
})

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
