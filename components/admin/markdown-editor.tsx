'use client'

import { useTranslations } from 'next-intl'
import { useMemo } from 'react'
import { useFormContext, useWatch, type FieldValues } from 'react-hook-form'
import { describedBy, Field, fieldIds, inputClass } from '@/components/ui/form'
import { renderMarkdown } from '@/lib/markdown'

/**
 * Markdown with a live preview, rendered by the very renderer and sanitiser the public pages use
 * (lib/markdown.ts), so what the editor sees is what visitors get.
 */
export function MarkdownEditor({
  name,
  label,
  hint,
  rows = 16,
}: {
  name: string
  label: string
  hint?: string
  rows?: number
}) {
  const t = useTranslations('admin.editor.markdown')
  const { register, formState, control } = useFormContext<FieldValues>()
  const value = useWatch({ control, name }) as string | undefined
  const preview = useMemo(
    () => renderMarkdown(value ?? '', { baseLevel: 2, idPrefix: 'vorschau-' }).html,
    [value],
  )
  const error = (formState.errors[name] as { message?: string } | undefined)?.message
  const fullHint = hint ?? t('hint')
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <Field name={name} label={label} hint={fullHint} error={error}>
        <textarea
          id={fieldIds(name).id}
          rows={rows}
          aria-invalid={!!error}
          aria-describedby={describedBy(name, true, !!error)}
          className={`${inputClass} font-mono text-sm`}
          {...register(name)}
        />
      </Field>
      <section
        aria-label={t('previewOf', { label })}
        className="rounded border border-dashed border-slate-300 bg-white p-4"
      >
        <p className="text-xs font-semibold uppercase tracking-wide text-muted">{t('preview')}</p>
        <div
          className="prose prose-slate mt-2 max-w-none"
          dangerouslySetInnerHTML={{ __html: preview }}
        />
      </section>
    </div>
  )
}
