import { z } from 'zod'
import { markdownBody, optionalText, optionalWebUrl, requiredText } from './fields'
import { locationFields, positionMessage, positionPaired } from './location'
import { INTENTS } from '@/lib/workflow'

/*
 * Partner profiles. Editors edit everything (partnerFormSchema); a partner's own account proposes
 * changes to a few fields only (profileFormSchema, derived from it) — name, category, region and
 * status stay with the editors.
 */

const partnerSlug = z
  .string({ error: 'Der Slug fehlt.' })
  .trim()
  .max(161, { error: 'Der Slug ist zu lang.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Form: kategorie/eintrag – Kleinbuchstaben, Ziffern, Bindestriche.',
  })

const quoteFields = {
  quoteText: optionalText(1000, 'Das Zitat'),
  quoteAuthor: optionalText(200, 'Die zitierte Person'),
  quoteAuthorFunction: optionalText(200, 'Die Funktion'),
}

export const partnerFormSchema = z
  .object({
    id: z.coerce.number().int().positive().optional(),
    name: requiredText(300, 'Der Name'),
    slug: partnerSlug,
    categoryId: z.coerce
      .number({ error: 'Bitte eine Kategorie wählen.' })
      .int()
      .positive({ error: 'Bitte eine Kategorie wählen.' }),
    website: optionalWebUrl,
    city: optionalText(100, 'Der Ort'),
    region: optionalText(100, 'Die Region'),
    ...locationFields,
    ...quoteFields,
    body: markdownBody,
    imageId: z.union([z.literal(''), z.uuid({ error: 'Ungültiges Bild.' })]).optional(),
    imageAlt: z
      .string()
      .trim()
      .max(300, { error: 'Der Alternativtext darf höchstens 300 Zeichen lang sein.' })
      .optional(),
  })
  .strict()

const needsAlt = <T extends { imageId?: string; imageAlt?: string }>(value: T) =>
  !value.imageId || (value.imageAlt ?? '').trim().length > 0
const altMessage = { path: ['imageAlt'], error: 'Bitte einen Alternativtext für das Logo angeben.' }
const quoteNeedsText = <T extends { quoteText: string | null; quoteAuthor: string | null }>(
  value: T,
) => !value.quoteAuthor || !!value.quoteText
const quoteMessage = { path: ['quoteText'], error: 'Eine zitierte Person braucht auch ein Zitat.' }

export const partnerEditSchema = partnerFormSchema
  .refine(needsAlt, altMessage)
  .refine(quoteNeedsText, quoteMessage)
  .refine(positionPaired, positionMessage)

export const partnerActionSchema = partnerFormSchema
  .safeExtend({
    intent: z.enum(INTENTS, { error: 'Unbekannte Aktion.' }),
    publishAt: z
      .string()
      .trim()
      .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, { error: 'Bitte Datum und Uhrzeit angeben.' })
      .optional(),
  })
  .refine(needsAlt, altMessage)
  .refine(quoteNeedsText, quoteMessage)
  .refine(positionPaired, positionMessage)

export const profileFormSchema = partnerFormSchema
  .pick({
    website: true,
    city: true,
    street: true,
    postalCode: true,
    state: true,
    lat: true,
    lon: true,
    sites: true,
    quoteText: true,
    quoteAuthor: true,
    quoteAuthorFunction: true,
    body: true,
    imageId: true,
    imageAlt: true,
  })
  .strict()
  .refine(needsAlt, altMessage)
  .refine(quoteNeedsText, quoteMessage)
  .refine(positionPaired, positionMessage)

export type PartnerFormValues = z.input<typeof partnerFormSchema>
export type PartnerAction = z.output<typeof partnerActionSchema>
export type ProfileFormValues = z.input<typeof profileFormSchema>
export type ProfileProposal = z.output<typeof profileFormSchema>
