'use server'

import { guardedAction } from '@/db/auth/guard'
import {
  deleteSubscriber,
  newsletterMailStatus,
  planNewsletterIssue,
  saveNewsletterIssue,
  sendNewsletterIssue,
  sendNewsletterTest,
} from '@/db/admin/newsletter'
import { berlinLocalToInstant } from '@/lib/dates'
import { issueIdSchema, issueSchema, scheduleSchema } from '@/lib/validation/newsletter'

/*
 * Composing and sending newsletter issues (editors and admins) and deleting subscribers (admins).
 * Every function in db/admin/newsletter.ts checks the role again.
 */

const waiting = () =>
  newsletterMailStatus().smtp
    ? ''
    : ' Ohne SMTP_URL wird nichts verschickt; die Nachrichten warten im Postausgang.'

export const saveNewsletterIssueAction = guardedAction(
  {
    name: 'saveNewsletterIssue',
    roles: ['editor', 'admin'],
    schema: issueSchema,
    arrayKeys: ['items'],
  },
  async (data) => {
    const position = (ref: string) => Number(data.order?.[ref] ?? '') || 1000
    const items = [...data.items]
      .map((ref, index) => ({ ref, index }))
      .sort((a, b) => position(a.ref) - position(b.ref) || a.index - b.index)
      .map(({ ref }) => {
        const [type, id] = ref.split(':')
        return { type: type as 'news' | 'event', id: Number(id) }
      })
    const id = await saveNewsletterIssue(data.id, {
      subject: data.subject,
      intro: data.intro,
      items,
    })
    return { redirectTo: `/admin/newsletter/${id}?gespeichert=1` }
  },
)

export const sendNewsletterTestAction = guardedAction(
  { name: 'sendNewsletterTest', roles: ['editor', 'admin'], schema: issueIdSchema },
  async ({ id }, user) => {
    await sendNewsletterTest(id)
    return {
      ok: true,
      message: `Der Testversand an ${user.email} steht im Postausgang.${waiting()}`,
      fieldErrors: {},
    }
  },
)

export const sendNewsletterIssueAction = guardedAction(
  { name: 'sendNewsletterIssue', roles: ['editor', 'admin'], schema: issueIdSchema },
  async ({ id }) => {
    const count = await sendNewsletterIssue(id)
    return {
      ok: true,
      message: `Die Ausgabe geht an ${count} Empfänger.${waiting()}`,
      fieldErrors: {},
    }
  },
)

export const planNewsletterIssueAction = guardedAction(
  { name: 'planNewsletterIssue', roles: ['editor', 'admin'], schema: scheduleSchema },
  async ({ id, at }) => {
    const instant = berlinLocalToInstant(at)
    await planNewsletterIssue(id, instant)
    return { redirectTo: `/admin/newsletter/${id}?geplant=1` }
  },
)

export const unplanNewsletterIssueAction = guardedAction(
  { name: 'unplanNewsletterIssue', roles: ['editor', 'admin'], schema: issueIdSchema },
  async ({ id }) => {
    await planNewsletterIssue(id, null)
    return { redirectTo: `/admin/newsletter/${id}` }
  },
)

export const deleteNewsletterSubscriberAction = guardedAction(
  { name: 'deleteNewsletterSubscriber', roles: ['admin'], schema: issueIdSchema },
  async ({ id }) => {
    await deleteSubscriber(id)
    return {
      ok: true,
      message: 'Das Abonnement ist endgültig gelöscht; nur ein Prüfwert der Adresse bleibt.',
      fieldErrors: {},
    }
  },
)
