import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AutoRefresh } from '../auto-refresh'
import { IssueForm } from '../issue-form'
import { MailStatus } from '../mail-status'
import { SimpleActionForm } from '@/components/admin/simple-action-form'
import { SubmitButton } from '@/components/ui/form'
import { requirePageRole } from '@/db/auth/guard'
import { issueEditor } from '@/db/admin/newsletter'
import { formatTimestamp } from '@/lib/dates'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import { issueFormItems } from '../form-items'
import {
  planNewsletterIssueAction,
  sendNewsletterIssueAction,
  sendNewsletterTestAction,
  unplanNewsletterIssueAction,
} from '../actions'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('newsletter')
  return { title: t('issue.title') }
}

/** The body of the rendered mail, for showing inside the backend page. */
const bodyOf = (html: string) =>
  html.replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, '')

export default async function IssuePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('editor', 'admin')
  const id = Number((await params).id)
  if (!Number.isInteger(id) || id <= 0) notFound()
  const editor = await issueEditor(id)
  if (!editor?.issue) notFound()
  const query = await searchParams
  const { issue, counts, preview } = editor
  const t = await getAdminTranslations('newsletter')
  const locale = await getAdminLocale()
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/newsletter" className="text-brand-800 underline">
          {t('issue.back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{issue.subject}</h1>
      <MailStatus />
      <p className="text-sm text-muted">{t('issue.intro')}</p>
      {query.gespeichert ? <p role="status">{t('issue.saved')}</p> : null}
      {query.geplant && issue.scheduledAt ? (
        <p role="status">
          {t('issue.planned', { date: formatTimestamp(issue.scheduledAt, locale) })}
        </p>
      ) : null}
      {counts && issue.state !== 'draft' ? (
        <section aria-labelledby="fortschritt">
          <h2 id="fortschritt" className="text-lg font-semibold">
            {t('issue.sending')}
          </h2>
          {issue.state === 'sending' ? <AutoRefresh /> : null}
          <p data-testid="newsletter-progress">
            {issue.state === 'scheduled' && issue.scheduledAt
              ? t('issue.plannedZone', { date: formatTimestamp(issue.scheduledAt, locale) })
              : null}
            {t('issue.progress', {
              sent: counts.sent,
              waiting: counts.pending + counts.sending,
              failed: counts.failed,
            })}
          </p>
        </section>
      ) : null}
      <div className="flex flex-wrap gap-6">
        <SimpleActionForm action={sendNewsletterTestAction} hidden={{ id: issue.id }}>
          <SubmitButton variant="secondary">{t('issue.test')}</SubmitButton>
        </SimpleActionForm>
        {issue.state === 'draft' ? (
          <>
            <SimpleActionForm action={sendNewsletterIssueAction} hidden={{ id: issue.id }}>
              <SubmitButton>{t('issue.send')}</SubmitButton>
            </SimpleActionForm>
            <SimpleActionForm action={planNewsletterIssueAction} hidden={{ id: issue.id }}>
              <label htmlFor="plan-at">{t('issue.planAt')}</label>
              <input
                id="plan-at"
                type="datetime-local"
                name="at"
                defaultValue={editor.suggestedPlanAt}
                className="rounded border border-slate-400 px-2 py-1"
              />
              <SubmitButton variant="secondary">{t('issue.plan')}</SubmitButton>
            </SimpleActionForm>
          </>
        ) : null}
        {issue.state === 'scheduled' ? (
          <SimpleActionForm action={unplanNewsletterIssueAction} hidden={{ id: issue.id }}>
            <SubmitButton variant="secondary">{t('issue.unplan')}</SubmitButton>
          </SimpleActionForm>
        ) : null}
      </div>
      {preview ? (
        <section aria-labelledby="vorschau" className="flex flex-col gap-3">
          <h2 id="vorschau" className="text-lg font-semibold">
            {t('issue.preview')}
          </h2>
          <h3 className="font-medium">{t('issue.html')}</h3>
          <div
            className="rounded border border-slate-300"
            dangerouslySetInnerHTML={{ __html: bodyOf(preview.html) }}
          />
          <h3 className="font-medium">{t('issue.text')}</h3>
          <pre className="overflow-x-auto whitespace-pre-wrap rounded border border-slate-300 bg-slate-50 p-3 text-sm">
            {preview.text}
          </pre>
        </section>
      ) : null}
      {issue.state === 'draft' ? (
        <section aria-labelledby="bearbeiten" className="flex flex-col gap-3">
          <h2 id="bearbeiten" className="text-lg font-semibold">
            {t('issue.edit')}
          </h2>
          <IssueForm issue={issue} items={await issueFormItems(editor.items)} />
        </section>
      ) : null}
    </div>
  )
}
