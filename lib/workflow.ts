import type { ContentStatus, Role } from '@/lib/domain'

/*
 * Who may move content where. Pure rules, shared by the forms (which buttons to show) and the
 * data layer (which enforces them).
 *   draft → (in_review) → published | scheduled → archived
 * Partners may only keep their own proposals as drafts or hand them in for review; editors and
 * admins decide what goes public.
 */

export const INTENTS = ['save', 'submit', 'publish', 'schedule'] as const
export type Intent = (typeof INTENTS)[number]

export const TRANSITIONS = ['withdraw', 'archive'] as const
export type Transition = (typeof TRANSITIONS)[number]

/**
 * German status names, for text built outside the components (lib/audit-details.ts); the backend's
 * components take theirs from admin.common.status in the user's interface language.
 */
export const STATUS_LABELS: Record<ContentStatus, string> = {
  draft: 'Entwurf',
  in_review: 'In Prüfung',
  published: 'Veröffentlicht',
  scheduled: 'Geplant',
  archived: 'Archiviert',
}

export function isEditorial(role: Role): boolean {
  return role === 'editor' || role === 'admin'
}

export type StatusChange = { status: ContentStatus; publishAt: Date | null } | { error: string }

export function statusAfterSave(
  role: Role,
  current: ContentStatus | null,
  intent: Intent,
  publishAt: Date | null,
  at: Date,
): StatusChange {
  if (!isEditorial(role)) {
    if (current && current !== 'draft' && current !== 'in_review') {
      return { error: 'Veröffentlichte oder archivierte Inhalte kann nur die Redaktion ändern.' }
    }
    if (intent === 'save') return { status: 'draft', publishAt: null }
    if (intent === 'submit') return { status: 'in_review', publishAt: null }
    return { error: 'Veröffentlichen und Planen ist der Redaktion vorbehalten.' }
  }
  switch (intent) {
    case 'save':
      return { status: current ?? 'draft', publishAt: current === 'scheduled' ? publishAt : null }
    case 'submit':
      return { status: 'in_review', publishAt: null }
    case 'publish':
      return { status: 'published', publishAt: null }
    case 'schedule':
      if (!publishAt) return { error: 'Bitte Datum und Uhrzeit für die Veröffentlichung angeben.' }
      if (publishAt.getTime() <= at.getTime())
        return { error: 'Der geplante Zeitpunkt muss in der Zukunft liegen.' }
      return { status: 'scheduled', publishAt }
  }
}

export function statusAfterTransition(
  role: Role,
  current: ContentStatus,
  transition: Transition,
): StatusChange {
  if (!isEditorial(role)) return { error: 'Das ist der Redaktion vorbehalten.' }
  if (transition === 'withdraw') {
    if (current === 'draft') return { error: 'Der Inhalt ist bereits ein Entwurf.' }
    return { status: 'draft', publishAt: null }
  }
  if (current === 'archived') return { error: 'Der Inhalt ist bereits archiviert.' }
  return { status: 'archived', publishAt: null }
}

/** The buttons a form shows for a role and the item's current status. */
export function availableIntents(role: Role, current: ContentStatus | null): Intent[] {
  if (!isEditorial(role))
    return current === null || current === 'draft' || current === 'in_review'
      ? ['save', 'submit']
      : []
  return ['save', 'submit', 'publish', 'schedule']
}
