import { z } from 'zod'
import {
  isoDate,
  markdownBody,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
  slugField,
  webUrl,
} from './fields'
import { INTENTS } from '@/lib/workflow'

/*
 * The news form. `newsFormSchema` is what the browser checks (react-hook-form) and the base of
 * what the server checks (`newsActionSchema`, which adds the button pressed). Unknown fields are
 * refused: nobody can slip in a status, an author or another organisation.
 */

export const newsFormSchema = z
  .object({
    id: z.coerce.number().int().positive().optional(),
    title: requiredText(200, 'Der Titel'),
    slug: slugField,
    lead: z
      .string()
      .trim()
      .max(1000, { error: 'Der Vorspann darf höchstens 1.000 Zeichen lang sein.' }),
    body: markdownBody,
    place: optionalText(100, 'Der Ort'),
    date: isoDate,
    imageId: z.union([z.literal(''), z.uuid({ error: 'Ungültiges Bild.' })]).optional(),
    imageAlt: z
      .string()
      .trim()
      .max(300, { error: 'Der Alternativtext darf höchstens 300 Zeichen lang sein.' })
      .optional(),
    imageCredit: optionalText(200, 'Der Bildnachweis'),
    contactName: optionalText(200, 'Der Name'),
    contactRole: optionalText(200, 'Die Funktion'),
    contactOrganisation: optionalText(200, 'Die Organisation'),
    contactPhone: optionalPhone,
    contactEmail: optionalEmail,
    links: z
      .array(z.object({ label: requiredText(200, 'Der Linktext'), url: webUrl }).strict())
      .max(20, { error: 'Höchstens 20 Links.' }),
    partnerIds: z
      .array(z.coerce.number().int().positive())
      .max(50, { error: 'Höchstens 50 Partner.' }),
    tags: z
      .string()
      .max(500, { error: 'Die Schlagwörter dürfen zusammen höchstens 500 Zeichen lang sein.' }),
  })
  .strict()
  .refine((value) => !value.imageId || (value.imageAlt ?? '').trim().length > 0, {
    path: ['imageAlt'],
    error: 'Bitte einen Alternativtext für das Bild angeben.',
  })

export const newsActionSchema = newsFormSchema.safeExtend({
  intent: z.enum(INTENTS, { error: 'Unbekannte Aktion.' }),
  publishAt: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, { error: 'Bitte Datum und Uhrzeit angeben.' })
    .optional(),
})

export type NewsFormValues = z.input<typeof newsFormSchema>
export type NewsAction = z.output<typeof newsActionSchema>

export function splitTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ]
    .slice(0, 20)
    .map((tag) => tag.slice(0, 60))
}
