'use server'

import { guardedAction } from '@/db/auth/guard'
import { NEWS_KIND } from '@/db/admin/editorial'
import { deleteItem, reviewItem, transitionItem } from '@/db/admin/workflow'
import { saveNews } from '@/db/admin/news'
import { restoreRevision } from '@/db/admin/revisions'
import { newsActionSchema } from '@/lib/validation/news'
import {
  deleteSchema,
  restoreSchema,
  itemReviewSchema,
  transitionSchema,
} from '@/lib/validation/item-actions'

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
    schema: transitionSchema,
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
    schema: itemReviewSchema,
  },
  async ({ id: newsId, revisionId, decision, note }) => {
    await reviewItem(NEWS_KIND, newsId, revisionId, decision, note || null)
    return { redirectTo: '/admin/review?erledigt=1' }
  },
)

export const deleteNewsAction = guardedAction(
  {
    name: 'deleteNews',
    roles: ['admin'],
    schema: deleteSchema,
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
    schema: restoreSchema,
  },
  async ({ revisionId }) => {
    const entityId = await restoreRevision('news', revisionId)
    return { redirectTo: `/admin/news/${entityId}?gespeichert=restore` }
  },
)
