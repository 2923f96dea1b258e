'use client'

import { useTranslations } from 'next-intl'
import { submitProfileTranslationAction } from './actions'
import { TextArea, TextField } from '@/components/admin/fields'
import { MarkdownEditor } from '@/components/admin/markdown-editor'
import { ServerForm } from '@/components/admin/server-form'
import {
  profileTranslationSchema,
  type ProfileTranslationProposal,
} from '@/lib/validation/translation'

export function ProfileTranslationForm({
  defaultValues,
}: {
  defaultValues: { [K in keyof ProfileTranslationProposal]: string }
}) {
  const t = useTranslations('admin.profile.english')
  return (
    <ServerForm
      schema={profileTranslationSchema}
      action={submitProfileTranslationAction}
      defaultValues={defaultValues}
    >
      <section
        lang="en"
        className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5"
      >
        <MarkdownEditor name="body" label={t('body')} />
        <TextArea name="quoteText" label={t('quote')} rows={3} />
        <TextField name="quoteAuthorFunction" label={t('quoteAuthorFunction')} />
        <TextField name="imageAlt" label={t('imageAlt')} />
      </section>
      <div className="rounded-lg border border-slate-300 bg-white p-4">
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t('submit')}
        </button>
        <p className="mt-2 text-sm text-muted">{t('submitHint')}</p>
      </div>
    </ServerForm>
  )
}
