import { z } from 'zod'
import {
  markdownBody,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalWebUrl,
  requiredText,
  slugField,
} from './fields'
import { INTENTS } from '@/lib/workflow'

/* The event form: checked in the browser and again, with the button pressed, on the server. */

const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, { error: 'Bitte Datum und Uhrzeit angeben.' })

const optionalId = z
  .union([z.literal(''), z.coerce.number().int().positive()])
  .optional()
  .transform((value) => (value === '' || value === undefined ? null : value))

export const eventFormSchema = z
  .object({
    id: z.coerce.number().int().positive().optional(),
    title: requiredText(200, 'Der Titel'),
    slug: slugField,
    summary: z
      .string()
      .trim()
      .max(1000, { error: 'Die Kurzbeschreibung darf höchstens 1.000 Zeichen lang sein.' }),
    body: markdownBody,
    start: localDateTime,
    end: z.union([z.literal(''), localDateTime]).optional(),
    allDay: z
      .union([z.literal('true'), z.literal('on'), z.literal(''), z.boolean()])
      .optional()
      .transform((value) => value === true || value === 'true' || value === 'on'),
    venueName: optionalText(200, 'Der Veranstaltungsort'),
    venueAddress: optionalText(300, 'Die Adresse'),
    onlineUrl: optionalWebUrl,
    registrationUrl: optionalWebUrl,
    contactName: optionalText(200, 'Der Name'),
    contactRole: optionalText(200, 'Die Funktion'),
    contactPhone: optionalPhone,
    contactEmail: optionalEmail,
    organizerPartnerId: optionalId,
    reportNewsId: optionalId,
  })
  .strict()
  .refine(
    (value) =>
      !value.end ||
      value.end.slice(0, value.allDay ? 10 : 16) >= value.start.slice(0, value.allDay ? 10 : 16),
    {
      path: ['end'],
      error: 'Das Ende darf nicht vor dem Beginn liegen.',
    },
  )
  .refine((value) => value.allDay || value.start.includes('T'), {
    path: ['start'],
    error: 'Bitte auch die Uhrzeit angeben (oder „ganztägig“ wählen).',
  })

export const eventActionSchema = eventFormSchema.safeExtend({
  intent: z.enum(INTENTS, { error: 'Unbekannte Aktion.' }),
  publishAt: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, { error: 'Bitte Datum und Uhrzeit angeben.' })
    .optional(),
})

export type EventFormValues = z.input<typeof eventFormSchema>
export type EventAction = z.output<typeof eventActionSchema>
