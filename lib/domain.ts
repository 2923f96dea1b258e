/* Names shared by the data model and the UI: publication statuses, roles, account states. */

export const CONTENT_STATUSES = [
  'draft',
  'in_review',
  'published',
  'scheduled',
  'archived',
] as const
export type ContentStatus = (typeof CONTENT_STATUSES)[number]

export const ROLES = ['admin', 'editor', 'partner'] as const
export type Role = (typeof ROLES)[number]

export const USER_STATES = ['invited', 'active', 'disabled'] as const
export type UserState = (typeof USER_STATES)[number]
