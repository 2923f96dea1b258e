import { z } from 'zod'
import { markdownBody, optionalText, requiredText, slugField } from './fields'
import { INTENTS } from '@/lib/workflow'

/*
 * The English version of an item. One schema for every kind of content; each form shows only
 * the fields its kind has (lib/translation-kinds.ts), and the server keeps only those too.
 * Strict: no status, author or other item can be slipped in.
 */

export const TRANSLATABLE_TYPES = ['news', 'event', 'partner', 'category', 'page'] as const
export type TranslatableType = (typeof TRANSLATABLE_TYPES)[number]

export const translationFormSchema = z
  .object({
    entityType: z.enum(TRANSLATABLE_TYPES, { error: 'Unbekannte Art von Inhalt.' }),
    entityId: z.coerce.number().int().positive(),
    title: z
      .string()
      .trim()
      .max(200, { error: 'Der Titel darf höchstens 200 Zeichen lang sein.' })
      .optional(),
    slug: z.union([z.literal(''), slugField]).optional(),
    lead: z
      .string()
      .trim()
      .max(1000, { error: 'Der Vorspann darf höchstens 1.000 Zeichen lang sein.' })
      .optional(),
    body: markdownBody.optional(),
    quoteText: optionalText(1000, 'Das Zitat'),
    quoteAuthorFunction: optionalText(200, 'Die Funktion'),
    imageAlt: optionalText(300, 'Der Alternativtext'),
    linkLabels: z
      .array(
        z.string().trim().max(200, { error: 'Der Linktext darf höchstens 200 Zeichen lang sein.' }),
      )
      .max(20)
      .optional(),
  })
  .strict()

export const translationActionSchema = translationFormSchema.safeExtend({
  intent: z.enum(INTENTS, { error: 'Unbekannte Aktion.' }),
  publishAt: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, { error: 'Bitte Datum und Uhrzeit angeben.' })
    .optional(),
})

export const translationWithdrawSchema = z
  .object({
    entityType: z.enum(TRANSLATABLE_TYPES, { error: 'Unbekannte Art von Inhalt.' }),
    entityId: z.coerce.number().int().positive(),
  })
  .strict()

/** A partner's proposal for the English text of its own profile. */
export const profileTranslationSchema = z
  .object({
    body: markdownBody,
    quoteText: optionalText(1000, 'Das Zitat'),
    quoteAuthorFunction: optionalText(200, 'Die Funktion'),
    imageAlt: optionalText(300, 'Der Alternativtext'),
  })
  .strict()

export type TranslationFormValues = z.input<typeof translationFormSchema>
export type TranslationAction = z.output<typeof translationActionSchema>
export type ProfileTranslationProposal = z.output<typeof profileTranslationSchema>

/** The English title is required where the kind has a title of its own. */
export const requiredTitle = requiredText(200, 'Der englische Titel')
