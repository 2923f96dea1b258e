import type { Metadata } from 'next'
import { IssueForm } from '../issue-form'
import { MailStatus } from '../mail-status'
import { requirePageRole } from '@/db/auth/guard'
import { issueEditor } from '@/db/admin/newsletter'
import { getAdminTranslations } from '@/lib/i18n/admin'
import { issueFormItems } from '../form-items'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('newsletter')
  return { title: t('new.title') }
}

export default async function NewIssuePage() {
  await requirePageRole('editor', 'admin')
  const editor = await issueEditor(null)
  const t = await getAdminTranslations('newsletter')
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('new.title')}</h1>
      <MailStatus />
      <p className="text-muted">{t('new.intro')}</p>
      <IssueForm issue={null} items={await issueFormItems(editor?.items ?? [])} />
    </div>
  )
}
