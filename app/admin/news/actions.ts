'use server'

import { z } from 'zod'
import { guardedAction } from '@/db/guard'
import { deleteItem, NEWS_KIND, reviewItem, transitionItem } from '@/db/editorial'
import { saveNews } from '@/db/news-admin'
import { restoreRevision } from '@/db/revisions-admin'
import { newsActionSchema } from '@/lib/validation/news'
import { TRANSITIONS } from '@/lib/workflow'

const id = z.coerce.number().int().positive()

export const saveNewsAction = guardedAction(
  {
    name: 'saveNews',
    roles: ['admin', 'editor', 'partner'],
    schema: newsActionSchema,
    arrayKeys: ['partnerIds', 'links'],
  },
  async (data) => {
    const savedId = await saveNews(data)
    return { redirectTo: `/admin/news/${savedId}?gespeichert=${data.intent}` }
  },
)

export const transitionNewsAction = guardedAction(
  {
    name: 'transitionNews',
    roles: ['admin', 'editor'],
    schema: z.object({ id, transition: z.enum(TRANSITIONS) }).strict(),
  },
  async ({ id: newsId, transition }) => {
    await transitionItem(NEWS_KIND, newsId, transition)
    return { redirectTo: `/admin/news/${newsId}?gespeichert=${transition}` }
  },
)

export const reviewNewsAction = guardedAction(
  {
    name: 'reviewNews',
    roles: ['admin', 'editor'],
    schema: z
      .object({
        id,
        decision: z.enum(['approve', 'reject']),
        note: z.string().trim().max(1000).optional(),
      })
      .strict(),
  },
  async ({ id: newsId, decision, note }) => {
    await reviewItem(NEWS_KIND, newsId, decision, note || null)
    return { redirectTo: '/admin/review?erledigt=1' }
  },
)

export const deleteNewsAction = guardedAction(
  {
    name: 'deleteNews',
    roles: ['admin'],
    schema: z
      .object({ id, confirm: z.literal('loeschen', { error: 'Bitte das Löschen bestätigen.' }) })
      .strict(),
  },
  async ({ id: newsId }) => {
    await deleteItem(NEWS_KIND, newsId)
    return { redirectTo: '/admin/news?geloescht=1' }
  },
)

export const restoreNewsRevisionAction = guardedAction(
  {
    name: 'restoreNewsRevision',
    roles: ['admin', 'editor'],
    schema: z.object({ revisionId: id }).strict(),
  },
  async ({ revisionId }) => {
    const entityId = await restoreRevision('news', revisionId)
    return { redirectTo: `/admin/news/${entityId}?gespeichert=restore` }
  },
)
