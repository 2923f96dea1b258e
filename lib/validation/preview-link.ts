import { z } from 'zod'
import { recordId } from './item-actions'

/* Making and revoking a news item's preview link. */

export const createPreviewLinkSchema = z
  .object({
    id: recordId,
    days: z.coerce
      .number({ error: 'Bitte eine Anzahl Tage angeben.' })
      .int({ error: 'Bitte eine ganze Zahl von Tagen angeben.' })
      .min(1, { error: 'Mindestens 1 Tag.' })
      .max(30, { error: 'Höchstens 30 Tage.' }),
  })
  .strict()

export const revokePreviewLinkSchema = z.object({ linkId: recordId }).strict()
