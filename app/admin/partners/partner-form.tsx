'use client'

import { useEffect, useState } from 'react'
import { useTranslations } from 'next-intl'
import { useFormContext, useWatch, type FieldValues } from 'react-hook-form'
import { savePartnerAction } from './actions'
import type { AutosaveConfig } from '@/components/admin/autosave'
import { SelectField, TextArea, TextField } from '@/components/admin/fields'
import { ImageField } from '@/components/admin/image-field'
import { LocationFields } from '@/components/admin/location-fields'
import { MarkdownEditor } from '@/components/admin/markdown-editor'
import { ServerForm } from '@/components/admin/server-form'
import { WorkflowButtons } from '@/components/admin/workflow-buttons'
import type { ContentStatus } from '@/lib/domain'
import { slugify } from '@/lib/slug'
import { partnerEditSchema, type PartnerFormValues } from '@/lib/validation/partner'

type Category = { id: number; name: string; slug: string }

export function PartnerForm({
  status,
  defaultValues,
  categories,
  publishAt,
  autosave,
}: {
  status: ContentStatus | null
  defaultValues: PartnerFormValues
  categories: Category[]
  publishAt: string
  autosave?: AutosaveConfig
}) {
  const t = useTranslations('admin.partners.form')
  return (
    <ServerForm
      schema={partnerEditSchema}
      action={savePartnerAction}
      defaultValues={defaultValues}
      autosave={autosave}
    >
      {defaultValues.id ? <input type="hidden" name="id" value={String(defaultValues.id)} /> : null}
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <TextField name="name" label={t('name')} required maxLength={300} />
        <SelectField
          name="categoryId"
          label={t('category')}
          required
          options={[
            { value: '', label: t('choose') },
            ...categories.map((c) => ({ value: String(c.id), label: c.name })),
          ]}
        />
        <PartnerSlug categories={categories} locked={!!defaultValues.id} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="website" label={t('website')} type="url" />
          <TextField name="region" label={t('region')} />
        </div>
      </section>
      <LocationFields />
      <ProfileFields />
      <WorkflowButtons
        intents={['save', 'publish', 'schedule']}
        status={status}
        publishAt={publishAt}
      />
    </ServerForm>
  )
}

/** Logo, quote and text: shared by the editors' form and the partners' own profile form. */
export function ProfileFields() {
  const t = useTranslations('admin.partners.form')
  return (
    <>
      <ImageField kind="logo" label={t('logo')} withCredit={false} />
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">{t('quoteHeading')}</h2>
        <TextArea name="quoteText" label={t('quote')} rows={2} hint={t('quoteHint')} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="quoteAuthor" label={t('quoteAuthor')} />
          <TextField name="quoteAuthorFunction" label={t('quoteAuthorFunction')} />
        </div>
      </section>
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <MarkdownEditor name="body" label={t('body')} hint={t('bodyHint')} />
      </section>
    </>
  )
}

/** The slug is "<category>/<entry>": the category part follows the chosen category. */
function PartnerSlug({ categories, locked }: { categories: Category[]; locked: boolean }) {
  const t = useTranslations('admin.partners.form')
  const { register, setValue, formState, control } = useFormContext<FieldValues>()
  const name = useWatch({ control, name: 'name' }) as string | undefined
  const categoryId = useWatch({ control, name: 'categoryId' }) as string | number | undefined
  const [manual, setManual] = useState(locked)
  useEffect(() => {
    if (manual) return
    const category = categories.find((c) => String(c.id) === String(categoryId))
    if (category) setValue('slug', `${category.slug}/${slugify(name ?? '')}`)
  }, [name, categoryId, categories, manual, setValue])
  const error = (formState.errors.slug as { message?: string } | undefined)?.message
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="feld-slug" className="font-medium">
        {t('slug')}{' '}
        <span aria-hidden="true" className="text-red-700">
          *
        </span>
      </label>
      <input
        id="feld-slug"
        aria-invalid={!!error}
        aria-describedby={error ? 'feld-slug-fehler feld-slug-hinweis' : 'feld-slug-hinweis'}
        className="w-full rounded border border-slate-400 px-3 py-2 font-mono"
        {...register('slug', { onChange: () => setManual(true) })}
      />
      <p id="feld-slug-hinweis" className="text-sm text-muted">
        {t('slugHint')}
      </p>
      {error ? (
        <p id="feld-slug-fehler" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
