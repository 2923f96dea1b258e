'use client'

import { useTranslations } from 'next-intl'
import { saveNewsAction } from './actions'
import type { AutosaveConfig } from '@/components/admin/autosave'
import { TextArea, TextField } from '@/components/admin/fields'
import { ImageField, type LibraryImage } from '@/components/admin/image-field'
import { LinksEditor } from '@/components/admin/links-editor'
import { MarkdownEditor } from '@/components/admin/markdown-editor'
import { PartnerPicker } from '@/components/admin/partner-picker'
import { ServerForm } from '@/components/admin/server-form'
import { SlugField } from '@/components/admin/slug-field'
import { WorkflowButtons } from '@/components/admin/workflow-buttons'
import type { ContentStatus, Role } from '@/lib/domain'
import { newsFormSchema, type NewsFormValues } from '@/lib/validation/news'
import { availableIntents } from '@/lib/workflow'

export function NewsForm({
  role,
  status,
  defaultValues,
  partnerOptions,
  publishAt,
  autosave,
  imageLibrary,
}: {
  role: Role
  status: ContentStatus | null
  defaultValues: NewsFormValues
  partnerOptions: { id: number; name: string }[] | null
  publishAt: string
  autosave?: AutosaveConfig
  imageLibrary?: LibraryImage[]
}) {
  const t = useTranslations('admin.news.form')
  const intents = availableIntents(role, status)
  return (
    <ServerForm
      schema={newsFormSchema}
      action={saveNewsAction}
      defaultValues={defaultValues}
      autosave={autosave}
    >
      {defaultValues.id ? <input type="hidden" name="id" value={String(defaultValues.id)} /> : null}
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <TextField name="title" label={t('title')} required maxLength={200} />
        <SlugField prefix="/aktuelles/" locked={!!defaultValues.id} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="place" label={t('place')} hint={t('placeHint')} />
          <TextField name="date" label={t('date')} type="date" required hint={t('dateHint')} />
        </div>
        <TextArea name="lead" label={t('lead')} rows={3} hint={t('leadHint')} />
        <MarkdownEditor name="body" label={t('body')} />
      </section>
      <ImageField kind="photo" label={t('image')} withCredit library={imageLibrary} />
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">{t('contact')}</h2>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="contactName" label={t('contactName')} />
          <TextField name="contactRole" label={t('contactRole')} />
          <TextField name="contactOrganisation" label={t('contactOrganisation')} />
          <TextField name="contactPhone" label={t('contactPhone')} type="tel" />
          <TextField name="contactEmail" label={t('contactEmail')} type="email" />
        </div>
      </section>
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <LinksEditor />
        {partnerOptions ? <PartnerPicker label={t('partners')} options={partnerOptions} /> : null}
        <TextField name="tags" label={t('tags')} hint={t('tagsHint')} />
      </section>
      <WorkflowButtons intents={intents} status={status} publishAt={publishAt} />
    </ServerForm>
  )
}
