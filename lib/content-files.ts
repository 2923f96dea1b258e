import { z } from 'zod'
import { decodeText, readFrontMatter, TEXT_AND_SWITCH_SCHEMA } from '@/lib/front-matter'
import {
  isoDate,
  markdownBody,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalWebUrl,
  requiredText,
  slugField,
  webUrl,
} from '@/lib/validation/fields'

/*
 * News, events and pages kept as Markdown files with YAML front matter (the demo content in
 * db/seed/). Read with the same field rules as the editorial forms.
 */

const contact = z
  .object({
    name: optionalText(200, 'Name'),
    role: optionalText(200, 'Funktion'),
    organisation: optionalText(200, 'Organisation'),
    phone: optionalPhone,
    email: optionalEmail,
  })
  .strict()

const link = z.object({ label: requiredText(200, 'Linktext'), url: webUrl }).strict()

export const newsFileSchema = z
  .object({
    title: requiredText(200, 'Titel'),
    slug: slugField,
    date: isoDate,
    place: optionalText(100, 'Ort'),
    lead: optionalText(1000, 'Vorspann'),
    contact: contact.optional(),
    links: z.array(link).max(20).default([]),
    partners: z.array(z.string().trim().min(1)).max(50).default([]),
    tags: z.array(requiredText(60, 'Schlagwort')).max(20).default([]),
    image: z
      .object({
        file: requiredText(300, 'Bilddatei'),
        alt: requiredText(300, 'Alternativtext'),
        credit: optionalText(200, 'Bildnachweis'),
      })
      .strict()
      .optional(),
  })
  .strict()

const berlinDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, {
    error: 'Zeit im Format JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM angeben.',
  })

export const eventFileSchema = z
  .object({
    title: requiredText(200, 'Titel'),
    slug: slugField,
    start: berlinDateTime,
    end: berlinDateTime.optional(),
    allDay: z.boolean().default(false),
    summary: optionalText(1000, 'Kurzbeschreibung'),
    venue: z
      .object({
        name: optionalText(200, 'Veranstaltungsort'),
        address: optionalText(300, 'Adresse'),
      })
      .strict()
      .optional(),
    onlineUrl: optionalWebUrl,
    registrationUrl: optionalWebUrl,
    contact: contact.optional(),
    organizer: z.string().trim().min(1).optional(),
    report: z.string().trim().min(1).optional(),
  })
  .strict()

export const pageFileSchema = z
  .object({ title: requiredText(200, 'Titel'), slug: slugField })
  .strict()

export type NewsFile = z.infer<typeof newsFileSchema> & { body: string }
export type EventFile = z.infer<typeof eventFileSchema> & { body: string }
export type PageFile = z.infer<typeof pageFileSchema> & { body: string }

export type ContentFileResult<T> = { ok: true; value: T } | { ok: false; reason: string }

function readContentFile<S extends z.ZodType>(
  bytes: Uint8Array,
  schema: S,
): ContentFileResult<z.infer<S> & { body: string }> {
  const text = decodeText(bytes)
  if (text === null) return { ok: false, reason: 'Datei ist kein gültiger UTF-8-Text' }
  const header = readFrontMatter(text, TEXT_AND_SWITCH_SCHEMA)
  if (!header.ok) return header
  const parsed = schema.safeParse(header.data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? `„${issue.path.join('.')}“: ` : ''
    return { ok: false, reason: `${where}${issue?.message ?? 'ungültige Angaben'}` }
  }
  const body = markdownBody.parse(header.body)
  return {
    ok: true,
    value: Object.assign({}, parsed.data as object, { body }) as z.infer<S> & { body: string },
  }
}

export const readNewsFile = (bytes: Uint8Array) => readContentFile(bytes, newsFileSchema)
export const readEventFile = (bytes: Uint8Array) => readContentFile(bytes, eventFileSchema)
export const readPageFile = (bytes: Uint8Array) => readContentFile(bytes, pageFileSchema)
