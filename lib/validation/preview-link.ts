import { z } from 'zod'
import { recordId } from './item-actions'

/* Making and revoking the preview link of a news item or an event. */

export const PREVIEW_LINK_KINDS = ['news', 'event'] as const
export type PreviewLinkKind = (typeof PREVIEW_LINK_KINDS)[number]

export const createPreviewLinkSchema = z
  .object({
    kind: z.enum(PREVIEW_LINK_KINDS, { error: 'Unbekannte Art.' }),
    id: recordId,
    days: z.coerce
      .number({ error: 'Bitte eine Anzahl Tage angeben.' })
      .int({ error: 'Bitte eine ganze Zahl von Tagen angeben.' })
      .min(1, { error: 'Mindestens 1 Tag.' })
      .max(30, { error: 'Höchstens 30 Tage.' }),
  })
  .strict()

export const revokePreviewLinkSchema = z.object({ linkId: recordId }).strict()
