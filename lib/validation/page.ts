import { z } from 'zod'
import { markdownBody, requiredText, slugField } from './fields'

export const pageFormSchema = z
  .object({
    id: z.coerce.number().int().positive().optional(),
    title: requiredText(200, 'Der Titel'),
    slug: slugField,
    body: markdownBody,
  })
  .strict()

export type PageFormValues = z.input<typeof pageFormSchema>
