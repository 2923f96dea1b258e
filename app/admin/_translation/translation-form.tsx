'use client'

import { useTranslations } from 'next-intl'
import { saveTranslationAction, withdrawTranslationAction } from './actions'
import { Hidden, TextArea, TextField } from '@/components/admin/fields'
import { MarkdownEditor } from '@/components/admin/markdown-editor'
import { ServerForm } from '@/components/admin/server-form'
import { SimpleActionForm } from '@/components/admin/simple-action-form'
import { SlugField } from '@/components/admin/slug-field'
import { WorkflowButtons } from '@/components/admin/workflow-buttons'
import type { ContentStatus, Role } from '@/lib/domain'
import { hasField, TRANSLATION_KINDS } from '@/lib/translation-kinds'
import {
  translationFormSchema,
  type TranslatableType,
  type TranslationFormValues,
} from '@/lib/validation/translation'
import { availableIntents, isEditorial } from '@/lib/workflow'

/** The English version of an item: only the texts its kind has, with its own status. */
export function TranslationForm({
  type,
  role,
  status,
  publishAt,
  germanLinkLabels,
  defaultValues,
}: {
  type: TranslatableType
  role: Role
  status: ContentStatus | null
  publishAt: string
  germanLinkLabels: string[]
  defaultValues: TranslationFormValues
}) {
  const t = useTranslations('admin.translation.form')
  const kind = TRANSLATION_KINDS[type]
  const intents = availableIntents(role, status)
  const field = (name: Parameters<typeof hasField>[1]) => hasField(type, name)
  return (
    <div className="flex flex-col gap-5">
      <ServerForm
        schema={translationFormSchema}
        action={saveTranslationAction}
        defaultValues={defaultValues}
      >
        <Hidden name="entityType" />
        <Hidden name="entityId" />
        <section
          lang="en"
          className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5"
        >
          {field('title') ? (
            <TextField name="title" label={t('title', { type })} required maxLength={200} />
          ) : null}
          {field('slug') ? (
            <SlugField prefix={kind.englishPrefix} locked={!!defaultValues.slug} />
          ) : null}
          {field('lead') ? <TextArea name="lead" label={t('lead', { type })} rows={3} /> : null}
          {field('body') ? <MarkdownEditor name="body" label={t('body')} /> : null}
          {field('quoteText') ? (
            <TextArea name="quoteText" label={t('quoteText')} rows={3} />
          ) : null}
          {field('quoteAuthorFunction') ? (
            <TextField name="quoteAuthorFunction" label={t('quoteAuthorFunction')} />
          ) : null}
          {field('imageAlt') ? (
            <TextField name="imageAlt" label={t('imageAlt', { type })} hint={t('imageAltHint')} />
          ) : null}
          {field('linkLabels') && germanLinkLabels.length > 0 ? (
            <fieldset className="flex flex-col gap-3">
              <legend className="font-medium text-ink">{t('linkLabels')}</legend>
              {germanLinkLabels.map((label, index) => (
                <TextField
                  key={index}
                  name={`linkLabels.${index}`}
                  label={t('linkLabel', { number: index + 1 })}
                  hint={t('linkLabelHint', { label })}
                />
              ))}
            </fieldset>
          ) : null}
        </section>
        <WorkflowButtons intents={intents} status={status} publishAt={publishAt} />
      </ServerForm>
      {isEditorial(role) && status && status !== 'draft' ? (
        <SimpleActionForm
          action={withdrawTranslationAction}
          hidden={{ entityType: type, entityId: Number(defaultValues.entityId) }}
        >
          <button
            type="submit"
            className="rounded border border-brand-800 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
          >
            {t('withdraw')}
          </button>
        </SimpleActionForm>
      ) : null}
    </div>
  )
}
