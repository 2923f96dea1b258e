'use client'

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
            <TextField
              name="title"
              label={type === 'category' ? 'Name (englisch)' : 'Titel (englisch)'}
              required
              maxLength={200}
            />
          ) : null}
          {field('slug') ? (
            <SlugField prefix={kind.englishPrefix} locked={!!defaultValues.slug} />
          ) : null}
          {field('lead') ? (
            <TextArea name="lead" label={`${kind.leadLabel ?? 'Vorspann'} (englisch)`} rows={3} />
          ) : null}
          {field('body') ? <MarkdownEditor name="body" label="Text (englisch)" /> : null}
          {field('quoteText') ? (
            <TextArea name="quoteText" label="Zitat (englisch)" rows={3} />
          ) : null}
          {field('quoteAuthorFunction') ? (
            <TextField
              name="quoteAuthorFunction"
              label="Funktion der zitierten Person (englisch)"
            />
          ) : null}
          {field('imageAlt') ? (
            <TextField
              name="imageAlt"
              label={
                type === 'partner'
                  ? 'Alternativtext des Logos (englisch)'
                  : 'Alternativtext des Bildes (englisch)'
              }
              hint="Leer lassen, wenn das Element kein Bild hat."
            />
          ) : null}
          {field('linkLabels') && germanLinkLabels.length > 0 ? (
            <fieldset className="flex flex-col gap-3">
              <legend className="font-medium text-ink">Linktexte (englisch)</legend>
              {germanLinkLabels.map((label, index) => (
                <TextField
                  key={index}
                  name={`linkLabels.${index}`}
                  label={`Linktext ${index + 1} (englisch)`}
                  hint={`Deutsch: „${label}“. Leer lassen, um den deutschen Text zu zeigen.`}
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
            Englische Fassung zurückziehen
          </button>
        </SimpleActionForm>
      ) : null}
    </div>
  )
}
