'use server'

import { guardedAction } from '@/db/auth/guard'
import { deletePartner, savePartner, transitionPartner } from '@/db/admin/partners'
import { reviewSubmission, submitProfileChange } from '@/db/admin/submissions'
import { restoreRevision } from '@/db/admin/revisions'
import { partnerActionSchema, profileFormSchema } from '@/lib/validation/partner'
import {
  deleteSchema,
  restoreSchema,
  reviewSchema,
  transitionSchema,
} from '@/lib/validation/item-actions'

export const savePartnerAction = guardedAction(
  { name: 'savePartner', roles: ['admin', 'editor'], schema: partnerActionSchema },
  async (data) => {
    const savedId = await savePartner(data)
    return { redirectTo: `/admin/partners/${savedId}?gespeichert=${data.intent}` }
  },
)

export const transitionPartnerAction = guardedAction(
  {
    name: 'transitionPartner',
    roles: ['admin', 'editor'],
    schema: transitionSchema,
  },
  async ({ id: partnerId, transition }) => {
    await transitionPartner(partnerId, transition)
    return { redirectTo: `/admin/partners/${partnerId}?gespeichert=${transition}` }
  },
)

export const deletePartnerAction = guardedAction(
  {
    name: 'deletePartner',
    roles: ['admin'],
    schema: deleteSchema,
  },
  async ({ id: partnerId }) => {
    await deletePartner(partnerId)
    return { redirectTo: '/admin/partners?geloescht=1' }
  },
)

export const restorePartnerRevisionAction = guardedAction(
  {
    name: 'restorePartnerRevision',
    roles: ['admin', 'editor'],
    schema: restoreSchema,
  },
  async ({ revisionId }) => {
    const entityId = await restoreRevision('partner', revisionId)
    return { redirectTo: `/admin/partners/${entityId}?gespeichert=restore` }
  },
)

/** A partner account proposes changes to its own organisation's profile. */
export const submitProfileAction = guardedAction(
  { name: 'submitProfile', roles: ['partner'], schema: profileFormSchema },
  async (data) => {
    await submitProfileChange(data)
    return { redirectTo: '/admin/profile?eingereicht=1' }
  },
)

export const reviewProfileAction = guardedAction(
  {
    name: 'reviewProfile',
    roles: ['admin', 'editor'],
    schema: reviewSchema,
  },
  async ({ id: submissionId, decision, note }) => {
    await reviewSubmission(submissionId, decision, note || null)
    return { redirectTo: '/admin/review?erledigt=1' }
  },
)
