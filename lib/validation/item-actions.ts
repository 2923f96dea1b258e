import { z } from 'zod'
import { TRANSITIONS } from '@/lib/workflow'

/*
 * The schemas of the actions every kind of content shares (news, events, partners, pages,
 * categories): moving an item along its workflow, deciding on a proposal, deleting with
 * confirmation, restoring a version. All strict: any other field is refused.
 */

export const recordId = z.coerce.number().int().positive()

export const transitionSchema = z.object({ id: recordId, transition: z.enum(TRANSITIONS) }).strict()

export const reviewSchema = z
  .object({
    id: recordId,
    decision: z.enum(['approve', 'reject']),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()

/**
 * A decision on a proposed news item or event names the version the editor looked at (its newest
 * revision; 0 for an item that has none yet); it is refused when the item has changed since.
 */
export const itemReviewSchema = reviewSchema
  .safeExtend({ revisionId: z.coerce.number().int().min(0) })
  .strict()

export const deleteConfirmation = z.literal('loeschen', { error: 'Bitte das Löschen bestätigen.' })

export const deleteSchema = z.object({ id: recordId, confirm: deleteConfirmation }).strict()

export const restoreSchema = z.object({ revisionId: recordId }).strict()
