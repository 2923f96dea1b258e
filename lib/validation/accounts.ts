import { z } from 'zod'
import { requiredText, slugField } from './fields'
import { ROLES } from '@/lib/domain'

const optionalPartner = z
  .union([z.literal(''), z.coerce.number().int().positive()])
  .optional()
  .transform((value) => (value === '' || value === undefined ? null : value))

export const inviteSchema = z
  .object({
    email: z
      .string()
      .trim()
      .max(254)
      .pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben.' })),
    name: requiredText(200, 'Der Name'),
    role: z.enum(ROLES, { error: 'Bitte eine Rolle wählen.' }),
    partnerId: optionalPartner,
  })
  .strict()

export const roleSchema = z
  .object({
    id: z.coerce.number().int().positive(),
    role: z.enum(ROLES, { error: 'Bitte eine Rolle wählen.' }),
    partnerId: optionalPartner,
  })
  .strict()

export const categorySchema = z
  .object({
    id: z.coerce.number().int().positive().optional(),
    name: requiredText(200, 'Der Name'),
    slug: slugField,
    sortOrder: z.coerce.number({ error: 'Bitte eine Zahl angeben.' }).int().min(0).max(10000),
  })
  .strict()
