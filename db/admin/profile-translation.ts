import 'server-only'
import { and, desc, eq, ne } from 'drizzle-orm'
import type { Db } from '../client'
import { getDb } from '../client'
import { Forbidden, requireRole, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { findTranslation, saveTranslation } from '../store/translations'
import { partners, submissions, type Submission } from '../schema'
import type { CurrentUser } from '../auth/session'
import { writeTransaction, type Tx } from '../tx'
import { now } from '@/lib/clock'
import { parseLinkLabels } from '@/lib/translation-kinds'
import type { ProfileTranslationProposal } from '@/lib/validation/translation'

/*
 * A partner's English profile text is a proposal like any other profile change: it waits as a
 * submission (locale 'en') and the public English profile stays as it is until an editor
 * approves it in the review queue.
 */

function ownPartnerId(user: CurrentUser): number {
  if (user.role !== 'partner') throw new Forbidden()
  if (!user.partnerId)
    throw new UserError(
      'Ihr Konto ist keiner Organisation zugeordnet. Bitte wenden Sie sich an die Verwaltung.',
    )
  return user.partnerId
}

function englishFields(db: Db | Tx, partnerId: number): ProfileTranslationProposal {
  const row = findTranslation(db, 'partner', partnerId)
  return {
    body: row?.body ?? '',
    quoteText: row?.quoteText ?? null,
    quoteAuthorFunction: row?.quoteAuthorFunction ?? null,
    imageAlt: row?.imageAlt ?? null,
  }
}

export async function getOwnProfileTranslation() {
  const user = await requireRole('partner')
  const partnerId = ownPartnerId(user)
  const db = getDb()
  const partner = db
    .select({ name: partners.name, slug: partners.slug, body: partners.body })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .get()
  if (!partner) throw new UserError('Ihre Organisation gibt es nicht (mehr).')
  const own = and(eq(submissions.partnerId, partnerId), eq(submissions.locale, 'en'))
  const pending = db
    .select()
    .from(submissions)
    .where(and(own, eq(submissions.status, 'pending')))
    .orderBy(desc(submissions.id))
    .get()
  const lastDecision = db
    .select({ status: submissions.status, reviewComment: submissions.reviewComment })
    .from(submissions)
    .where(and(own, ne(submissions.status, 'pending')))
    .orderBy(desc(submissions.id))
    .get()
  const translation = findTranslation(db, 'partner', partnerId)
  return {
    partner,
    published: translation?.status === 'published',
    current: englishFields(db, partnerId),
    pending: pending
      ? { ...pending, data: JSON.parse(pending.data) as ProfileTranslationProposal }
      : null,
    lastDecision: lastDecision ?? null,
  }
}

/** Stores the partner's English text for review; a newer one replaces a pending older one. */
export async function submitProfileTranslation(data: ProfileTranslationProposal): Promise<void> {
  const user = await requireRole('partner')
  const partnerId = ownPartnerId(user)
  const db = getDb()
  const partner = db
    .select({ name: partners.name })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .get()
  if (!partner) throw new UserError('Ihre Organisation gibt es nicht (mehr).')
  const at = now()
  writeTransaction(db, (tx) => {
    tx.update(submissions)
      .set({
        status: 'rejected',
        reviewComment: 'Durch eine neuere Einreichung ersetzt.',
        reviewedAt: at,
        updatedAt: at,
      })
      .where(
        and(
          eq(submissions.partnerId, partnerId),
          eq(submissions.locale, 'en'),
          eq(submissions.status, 'pending'),
        ),
      )
      .run()
    const id = tx
      .insert(submissions)
      .values({
        partnerId,
        locale: 'en',
        data: JSON.stringify(data),
        status: 'pending',
        submittedBy: user.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: submissions.id })
      .get().id
    recordAudit(tx, {
      action: 'partner.profile_en_submit',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'partner',
      entityId: partnerId,
      details: { submission: id, name: partner.name, locale: 'en' },
    })
  })
}

/** The English texts now and as proposed: what the review page compares. */
export function englishProposal(db: Db, submission: Submission) {
  return {
    current: englishFields(db, submission.partnerId),
    proposal: JSON.parse(submission.data) as ProfileTranslationProposal,
  }
}

/** An editor's approval: the proposal becomes the published English profile. Inside the review's transaction. */
export function applyEnglishProposal(tx: Tx, submission: Submission, editorId: number): void {
  const proposal = JSON.parse(submission.data) as ProfileTranslationProposal
  const existing = findTranslation(tx, 'partner', submission.partnerId)
  saveTranslation(
    tx,
    'partner',
    submission.partnerId,
    {
      slug: null,
      title: '',
      lead: '',
      body: proposal.body,
      quoteText: proposal.quoteText,
      quoteAuthorFunction: proposal.quoteAuthorFunction,
      imageAlt: proposal.imageAlt,
      linkLabels: existing ? parseLinkLabels(existing.linkLabels) : [],
    },
    { status: 'published', publishAt: null },
    { authorId: editorId, source: 'review' },
  )
}
