import { z } from 'zod'
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '@/lib/slug'

/*
 * Field schemas shared by every form and content file. Messages are German: they are shown
 * beside the field in the editorial UI and printed by the command-line tools.
 */

/** Trimmed text that must not be empty. */
export const requiredText = (max: number, label = 'Dieses Feld') =>
  z
    .string({ error: `${label} fehlt.` })
    .trim()
    .min(1, { error: `${label} darf nicht leer sein.` })
    .max(max, { error: `${label} darf höchstens ${max} Zeichen lang sein.` })

/** Trimmed text; an empty value becomes null. */
export const optionalText = (max: number, label = 'Dieses Feld') =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} darf höchstens ${max} Zeichen lang sein.` })
    .nullish()
    .transform((value) => (value ? value : null))

export const slugField = z
  .string({ error: 'Der Slug fehlt.' })
  .trim()
  .min(1, { error: 'Der Slug darf nicht leer sein.' })
  .max(MAX_SLUG_LENGTH, { error: `Der Slug darf höchstens ${MAX_SLUG_LENGTH} Zeichen lang sein.` })
  .regex(SLUG_PATTERN, {
    error:
      'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche (z. B. „digitalgipfel-2020“).',
  })

const URL_MAX = 2048

/** A web address; "www.example.de" gets https:// in front. Only http(s) is accepted. */
export const webUrl = z
  .string()
  .trim()
  .max(URL_MAX, { error: `Die Adresse darf höchstens ${URL_MAX} Zeichen lang sein.` })
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
  .refine(
    (value) => {
      try {
        const url = new URL(value)
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
      } catch {
        return false
      }
    },
    { error: 'Bitte eine vollständige Webadresse angeben (https://…).' },
  )

export const optionalWebUrl = z
  .union([z.literal(''), webUrl])
  .nullish()
  .transform((value) => (value ? value : null))

export const optionalEmail = z
  .union([
    z.literal(''),
    z
      .string()
      .trim()
      .max(254)
      .pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben.' })),
  ])
  .nullish()
  .transform((value) => (value ? value : null))

export const optionalPhone = z
  .string()
  .trim()
  .max(40, { error: 'Die Telefonnummer darf höchstens 40 Zeichen lang sein.' })
  .regex(/^[0-9+()\/\s.-]*$/, {
    error: 'Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.',
  })
  .nullish()
  .transform((value) => (value ? value : null))

/** A calendar date as YYYY-MM-DD that exists (no 31 February). */
export const isoDate = z
  .string({ error: 'Das Datum fehlt.' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' })
  .refine(
    (value) => {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number]
      const date = new Date(Date.UTC(y, m - 1, d))
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    },
    { error: 'Dieses Datum gibt es nicht.' },
  )

/** Markdown body; 100 kB is far beyond any press release and keeps rendering cheap. */
export const markdownBody = z
  .string()
  .max(100_000, { error: 'Der Text darf höchstens 100.000 Zeichen lang sein.' })
  .transform((value) => value.replace(/\r\n?/g, '\n').trim())
