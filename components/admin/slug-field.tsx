'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useState } from 'react'
import { useFormContext, useWatch, type FieldValues } from 'react-hook-form'
import { describedBy, Field, fieldIds, inputClass } from '@/components/ui/form'
import { slugify } from '@/lib/slug'

/**
 * The slug follows the title (German transliteration: ä→ae, ß→ss) until it is edited by hand.
 * A changed slug of a published item keeps the old address working: it redirects.
 */
export function SlugField({
  from = 'title',
  prefix,
  locked,
}: {
  from?: string
  prefix: string
  locked: boolean
}) {
  const t = useTranslations('admin.editor.slug')
  const { register, setValue, formState, control, getFieldState } = useFormContext<FieldValues>()
  const title = useWatch({ control, name: from }) as string | undefined
  const [manual, setManual] = useState(locked)
  useEffect(() => {
    if (!manual && !getFieldState('slug').isDirty)
      setValue('slug', slugify(title ?? ''), { shouldValidate: false })
  }, [title, manual, setValue, getFieldState])
  const error = (formState.errors.slug as { message?: string } | undefined)?.message
  const hint = t('hint', { address: `${prefix}<slug>` })
  return (
    <Field name="slug" label={t('label')} hint={hint} error={error} required>
      <input
        id={fieldIds('slug').id}
        aria-invalid={!!error}
        aria-describedby={describedBy('slug', true, !!error)}
        className={`${inputClass} font-mono`}
        {...register('slug', { onChange: () => setManual(true) })}
      />
    </Field>
  )
}
