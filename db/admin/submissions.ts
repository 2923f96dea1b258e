import 'server-only'
import { and, asc, desc, eq, ne } from 'drizzle-orm'
import { getDb } from '../client'
import { FieldError, Forbidden, requireRole, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { assertImageUsable } from './news'
import { partnerInput, withLogo } from './partners'
import { partnerSnapshot, updatePartner } from '../store/partners'
import { images, partners, submissions, users } from '../schema'
import type { CurrentUser } from '../auth/session'
import { writeTransaction } from '../tx'
import { applyEnglishProposal, englishProposal } from './profile-translation'
import { now } from '@/lib/clock'
import { parseStoredSites } from '@/lib/validation/location'
import type { ProfileProposal } from '@/lib/validation/partner'

/*
 * A partner account's proposals for its own organisation's profile, and their review: a
 * proposal is stored as a pending submission and the published profile stays as it is until an
 * editor approves.
 */

function ownPartnerId(user: CurrentUser): number {
  if (user.role !== 'partner') throw new Forbidden()
  if (!user.partnerId)
    throw new UserError(
      'Ihr Konto ist keiner Organisation zugeordnet. Bitte wenden Sie sich an die Verwaltung.',
    )
  return user.partnerId
}

/** A partner's proposals for its German profile (the English text has its own, see profile-translation.ts). */
function germanOf(partnerId: number) {
  return and(eq(submissions.partnerId, partnerId), eq(submissions.locale, 'de'))
}

export async function getOwnProfile() {
  const user = await requireRole('partner')
  const partnerId = ownPartnerId(user)
  const db = getDb()
  const snapshot = partnerSnapshot(db, partnerId)
  if (!snapshot) throw new UserError('Ihre Organisation gibt es nicht (mehr).')
  const pending = db
    .select()
    .from(submissions)
    .where(and(germanOf(partnerId), eq(submissions.status, 'pending')))
    .orderBy(desc(submissions.id))
    .get()
  const lastDecision = db
    .select({
      status: submissions.status,
      reviewComment: submissions.reviewComment,
      reviewedAt: submissions.reviewedAt,
    })
    .from(submissions)
    .where(and(germanOf(partnerId), ne(submissions.status, 'pending')))
    .orderBy(desc(submissions.id))
    .get()
  return {
    profile: withLogo(snapshot),
    pending: pending ? { ...pending, data: JSON.parse(pending.data) as ProfileProposal } : null,
    lastDecision: lastDecision ?? null,
  }
}

/** Stores a partner's proposal for review; a newer proposal replaces a pending older one. */
export async function submitProfileChange(data: ProfileProposal): Promise<void> {
  const user = await requireRole('partner')
  const partnerId = ownPartnerId(user)
  const db = getDb()
  const current = db
    .select({ logoImageId: partners.logoImageId, name: partners.name })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .get()
  if (!current) throw new UserError('Ihre Organisation gibt es nicht (mehr).')
  const pendingLogo = db
    .select({ data: submissions.data })
    .from(submissions)
    .where(and(germanOf(partnerId), eq(submissions.status, 'pending')))
    .get()
  const pendingImage = pendingLogo
    ? (JSON.parse(pendingLogo.data) as ProfileProposal).imageId
    : null
  if (data.imageId && data.imageId !== pendingImage)
    assertImageUsable(user, data.imageId, current.logoImageId)
  const at = now()
  writeTransaction(db, (tx) => {
    tx.update(submissions)
      .set({
        status: 'rejected',
        reviewComment: 'Durch eine neuere Einreichung ersetzt.',
        reviewedAt: at,
        updatedAt: at,
      })
      .where(and(germanOf(partnerId), eq(submissions.status, 'pending')))
      .run()
    const id = tx
      .insert(submissions)
      .values({
        partnerId,
        data: JSON.stringify(data),
        status: 'pending',
        submittedBy: user.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: submissions.id })
      .get().id
    recordAudit(tx, {
      action: 'partner.profile_submit',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'partner',
      entityId: partnerId,
      details: { submission: id, name: current.name },
    })
  })
}

/** The stored location, for a proposal made before partners could propose one. */
function locationOf(
  current: typeof partners.$inferSelect,
  proposal: Partial<ProfileProposal>,
): Pick<ProfileProposal, 'street' | 'postalCode' | 'state' | 'lat' | 'lon' | 'sites'> {
  return 'lat' in proposal
    ? { street: null, postalCode: null, state: null, lat: null, lon: null, sites: [] }
    : {
        street: current.street,
        postalCode: current.postalCode,
        state: current.state as ProfileProposal['state'],
        lat: current.lat,
        lon: current.lon,
        sites: parseStoredSites(current.sites),
      }
}

// ---------------------------------------------------------------------------------------------
// Review of profile proposals
// ---------------------------------------------------------------------------------------------

export async function listPendingSubmissions() {
  await requireRole('editor', 'admin')
  return getDb()
    .select({
      id: submissions.id,
      partnerId: submissions.partnerId,
      partnerName: partners.name,
      createdAt: submissions.createdAt,
      submittedBy: users.name,
      locale: submissions.locale,
    })
    .from(submissions)
    .innerJoin(partners, eq(partners.id, submissions.partnerId))
    .leftJoin(users, eq(users.id, submissions.submittedBy))
    .where(eq(submissions.status, 'pending'))
    .orderBy(asc(submissions.createdAt))
    .all()
}

export async function getSubmission(id: number) {
  await requireRole('editor', 'admin')
  const db = getDb()
  const row = db.select().from(submissions).where(eq(submissions.id, id)).get()
  if (!row) return null
  const current = partnerSnapshot(db, row.partnerId)
  if (!current) return null
  if (row.locale === 'en')
    return { submission: row, current: withLogo(current), english: englishProposal(db, row) }
  const proposal = JSON.parse(row.data) as ProfileProposal
  return { submission: row, current: withLogo(current), proposal, english: null }
}

export async function reviewSubmission(
  id: number,
  decision: 'approve' | 'reject',
  comment: string | null,
): Promise<void> {
  const user = await requireRole('editor', 'admin')
  const db = getDb()
  const row = db.select().from(submissions).where(eq(submissions.id, id)).get()
  if (!row || row.status !== 'pending')
    throw new UserError('Diese Einreichung wartet nicht (mehr) auf Prüfung.')
  if (decision === 'reject' && !comment)
    throw new FieldError('note', 'Bitte begründen Sie die Ablehnung für den Partner.')
  const current = db.select().from(partners).where(eq(partners.id, row.partnerId)).get()
  if (!current) throw new UserError('Diesen Partner gibt es nicht (mehr).')
  const proposal = JSON.parse(row.data) as ProfileProposal
  const at = now()
  writeTransaction(db, (tx) => {
    // Checked again under the write lock: of two decisions at once, only the first counts.
    const still = tx
      .select({ status: submissions.status })
      .from(submissions)
      .where(eq(submissions.id, id))
      .get()
    if (still?.status !== 'pending')
      throw new UserError('Diese Einreichung wartet nicht (mehr) auf Prüfung.')
    if (decision === 'approve' && row.locale === 'en') {
      applyEnglishProposal(tx, row, user.id)
    } else if (decision === 'approve') {
      if (
        proposal.imageId &&
        !tx.select({ id: images.id }).from(images).where(eq(images.id, proposal.imageId)).get()
      ) {
        throw new UserError(
          'Das eingereichte Logo gibt es nicht mehr. Bitte den Partner um ein neues.',
        )
      }
      if (proposal.imageId)
        tx.update(images)
          .set({ alt: proposal.imageAlt?.trim() ?? '' })
          .where(eq(images.id, proposal.imageId))
          .run()
      updatePartner(
        tx,
        current.id,
        partnerInput(
          {
            ...locationOf(current, proposal),
            ...proposal,
            name: current.name,
            slug: current.slug,
            categoryId: current.categoryId,
            region: current.region,
          },
          proposal.imageId === '' ? null : (proposal.imageId ?? current.logoImageId),
        ),
        null,
        { authorId: user.id, source: 'review' },
      )
    }
    tx.update(submissions)
      .set({
        status: decision === 'approve' ? 'approved' : 'rejected',
        reviewedBy: user.id,
        reviewComment: comment,
        reviewedAt: at,
        updatedAt: at,
      })
      .where(eq(submissions.id, id))
      .run()
    recordAudit(tx, {
      action:
        row.locale === 'en'
          ? decision === 'approve'
            ? 'partner.profile_en_approve'
            : 'partner.profile_en_reject'
          : decision === 'approve'
            ? 'partner.profile_approve'
            : 'partner.profile_reject',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'partner',
      entityId: current.id,
      details: {
        submission: id,
        name: current.name,
        ...(row.locale === 'en' ? { locale: 'en' } : {}),
        ...(comment ? { comment } : {}),
      },
    })
  })
}
