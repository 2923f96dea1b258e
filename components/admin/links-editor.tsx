'use client'

import { useTranslations } from 'next-intl'
import { useFieldArray, useFormContext, type FieldValues } from 'react-hook-form'
import { inputClass } from '@/components/ui/form'

/** The "Mehr Informationen" links: label and address per row. */
export function LinksEditor({ name = 'links' }: { name?: string }) {
  const t = useTranslations('admin.editor.links')
  const { control, register, formState } = useFormContext<FieldValues>()
  const { fields, append, remove, move } = useFieldArray({ control, name })
  const errors =
    (formState.errors[name] as unknown as
      { label?: { message?: string }; url?: { message?: string } }[] | undefined) ?? []
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="font-medium text-ink">{t('legend')}</legend>
      {fields.length === 0 ? <p className="text-sm text-muted">{t('none')}</p> : null}
      {fields.map((field, index) => {
        const labelError = errors[index]?.label?.message
        const urlError = errors[index]?.url?.message
        return (
          <div
            key={field.id}
            className="grid gap-2 rounded border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_1fr_auto]"
          >
            <div>
              <label htmlFor={`link-${index}-label`} className="text-sm font-medium">
                {t('label', { n: index + 1 })}
              </label>
              <input
                id={`link-${index}-label`}
                className={inputClass}
                aria-invalid={!!labelError}
                aria-describedby={labelError ? `link-${index}-label-fehler` : undefined}
                {...register(`${name}.${index}.label`)}
              />
              {labelError ? (
                <p id={`link-${index}-label-fehler`} className="text-sm font-medium text-red-700">
                  {labelError}
                </p>
              ) : null}
            </div>
            <div>
              <label htmlFor={`link-${index}-url`} className="text-sm font-medium">
                {t('url', { n: index + 1 })}
              </label>
              <input
                id={`link-${index}-url`}
                type="url"
                inputMode="url"
                className={inputClass}
                aria-invalid={!!urlError}
                aria-describedby={urlError ? `link-${index}-url-fehler` : undefined}
                {...register(`${name}.${index}.url`)}
              />
              {urlError ? (
                <p id={`link-${index}-url-fehler`} className="text-sm font-medium text-red-700">
                  {urlError}
                </p>
              ) : null}
            </div>
            <div className="flex items-end gap-1">
              <button
                type="button"
                onClick={() => index > 0 && move(index, index - 1)}
                disabled={index === 0}
                className="rounded border border-slate-300 px-2 py-2 text-sm disabled:opacity-40"
                aria-label={t('up', { n: index + 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                onClick={() => remove(index)}
                className="rounded border border-red-700 px-2 py-2 text-sm text-red-800"
                aria-label={t('removeLabel', { n: index + 1 })}
              >
                {t('remove')}
              </button>
            </div>
          </div>
        )
      })}
      <div>
        <button
          type="button"
          onClick={() => append({ label: '', url: '' })}
          className="rounded border border-brand-800 px-3 py-1.5 text-sm text-brand-800 hover:bg-brand-50"
        >
          {t('add')}
        </button>
      </div>
    </fieldset>
  )
}
