'use client'

import { useTranslations } from 'next-intl'
import { savePageAction } from './actions'
import type { AutosaveConfig } from '@/components/admin/autosave'
import { TextField } from '@/components/admin/fields'
import { MarkdownEditor } from '@/components/admin/markdown-editor'
import { ServerForm } from '@/components/admin/server-form'
import { SlugField } from '@/components/admin/slug-field'
import { pageFormSchema, type PageFormValues } from '@/lib/validation/page'

export function PageForm({
  defaultValues,
  autosave,
}: {
  defaultValues: PageFormValues
  autosave?: AutosaveConfig
}) {
  const t = useTranslations('admin.pages.form')
  return (
    <ServerForm
      schema={pageFormSchema}
      action={savePageAction}
      defaultValues={defaultValues}
      autosave={autosave}
    >
      {defaultValues.id ? <input type="hidden" name="id" value={String(defaultValues.id)} /> : null}
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <TextField name="title" label={t('title')} required />
        <SlugField prefix="/" locked={!!defaultValues.id} />
        <MarkdownEditor name="body" label={t('body')} rows={18} />
      </section>
      <div className="rounded-lg border border-slate-300 bg-white p-4">
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t('submit')}
        </button>
      </div>
    </ServerForm>
  )
}
