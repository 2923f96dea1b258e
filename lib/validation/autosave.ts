import { z } from 'zod'

/*
 * An autosave from a backend form: which form, which item (none for a new one) and the form's
 * fields as name/value pairs in JSON. The fields are checked only for shape: an autosave keeps
 * half-typed text that the form's own schema would still refuse.
 */

export const AUTOSAVE_KINDS = ['news', 'event', 'partner', 'page', 'profile'] as const
export type AutosaveKind = (typeof AUTOSAVE_KINDS)[number]

/** The `source` of an autosave's revision row. */
export const AUTOSAVE_SOURCE = 'autosave'

export const autosaveSchema = z
  .object({
    kind: z.enum(AUTOSAVE_KINDS),
    id: z
      .union([z.literal(''), z.coerce.number().int().positive()])
      .optional()
      .transform((value) => (value === '' || value === undefined ? null : value)),
    fields: z.string().max(400_000, { error: 'Der Text ist zu lang für eine Sicherung.' }),
  })
  .strict()
