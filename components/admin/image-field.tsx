'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { useFormContext, useWatch, type FieldValues } from 'react-hook-form'
import { describedBy, Field, fieldIds, inputClass } from '@/components/ui/form'

/**
 * Image upload (PNG, JPEG, WebP; up to 5 MB): the file goes to /admin/upload, which checks it by
 * content, re-encodes it and answers with an id for the form. Alt text is required.
 */
export type LibraryImage = { id: string; alt: string; credit: string | null }

export function ImageField({
  kind,
  label,
  withCredit,
  library,
}: {
  kind: 'logo' | 'photo'
  label: string
  withCredit: boolean
  /** Stored images to reuse instead of uploading again (the media library, for editors). */
  library?: LibraryImage[]
}) {
  const t = useTranslations('admin.editor.image')
  const { register, setValue, control, formState } = useFormContext<FieldValues>()
  const imageId = useWatch({ control, name: 'imageId' }) as string | undefined
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const altError = (formState.errors.imageAlt as { message?: string } | undefined)?.message
  const idError = (formState.errors.imageId as { message?: string } | undefined)?.message

  async function upload(file: File) {
    setBusy(true)
    setStatus(t('uploading'))
    const body = new FormData()
    body.set('file', file)
    body.set('kind', kind)
    try {
      const response = await fetch('/admin/upload', { method: 'POST', body })
      const result = (await response.json().catch(() => ({}))) as { id?: string; error?: string }
      if (!response.ok || !result.id) {
        setStatus(result.error ?? t('failed'))
        return
      }
      setValue('imageId', result.id, { shouldDirty: true })
      setStatus(t('uploaded'))
    } catch {
      setStatus(t('failedRetry'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <fieldset className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4">
      <legend className="px-1 font-medium text-ink">{label}</legend>
      {/* Rendered from the form's value, not registered: React writes a registered input's
          default back on every render, and for a hidden input that is its value, so an image
          picked or uploaded here would be sent as "no image". */}
      <input type="hidden" name="imageId" value={imageId ?? ''} />
      {imageId ? (
        <div className="flex flex-wrap items-start gap-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- preview of the stored, re-encoded image */}
          <img
            src={`/bilder/${imageId}.webp?w=320`}
            alt=""
            className="max-h-32 w-auto rounded border border-slate-200"
          />
          <button
            type="button"
            onClick={() => setValue('imageId', '', { shouldDirty: true })}
            className="rounded border border-red-700 px-3 py-1.5 text-sm text-red-800"
          >
            {t('remove')}
          </button>
        </div>
      ) : (
        <p className="text-sm text-muted">{t('none')}</p>
      )}
      <div>
        <label htmlFor={`${kind}-datei`} className="text-sm font-medium">
          {imageId ? t('uploadOther') : t('upload')} {t('formats')}
        </label>
        <input
          id={`${kind}-datei`}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void upload(file)
            event.target.value = ''
          }}
          className="mt-1 block text-sm"
        />
        {status || idError ? (
          <p role="status" className="mt-1 text-sm">
            {idError ?? status}
          </p>
        ) : null}
      </div>
      {library && library.length > 0 ? (
        <details className="rounded border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium">{t('library')}</summary>
          <ul className="mt-3 grid grid-cols-3 gap-2 sm:grid-cols-5">
            {library.slice(0, 60).map((image) => (
              <li key={image.id}>
                <button
                  type="button"
                  aria-label={t('choose', { alt: image.alt || t('noDescription') })}
                  aria-pressed={imageId === image.id}
                  onClick={() => {
                    setValue('imageId', image.id, { shouldDirty: true })
                    setValue('imageAlt', image.alt, { shouldDirty: true })
                    if (withCredit)
                      setValue('imageCredit', image.credit ?? '', { shouldDirty: true })
                    setStatus(t('chosen'))
                  }}
                  className="block w-full rounded border border-slate-200 p-1 hover:border-brand-800"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- a stored, re-encoded image */}
                  <img
                    src={`/bilder/${image.id}.webp?w=160`}
                    alt=""
                    loading="lazy"
                    className="h-16 w-full rounded object-cover"
                  />
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <Field
        name="imageAlt"
        label={t('alt')}
        hint={t('altHint')}
        error={altError}
        required={!!imageId}
      >
        <input
          id={fieldIds('imageAlt').id}
          aria-invalid={!!altError}
          aria-describedby={describedBy('imageAlt', true, !!altError)}
          className={inputClass}
          {...register('imageAlt')}
        />
      </Field>
      {withCredit ? (
        <Field name="imageCredit" label={t('credit')}>
          <input
            id={fieldIds('imageCredit').id}
            className={inputClass}
            {...register('imageCredit')}
          />
        </Field>
      ) : null}
    </fieldset>
  )
}
