'use client'

import { useFormContext, type FieldValues } from 'react-hook-form'
import { describedBy, Field, fieldIds, inputClass } from '@/components/ui/form'

/* Form fields bound to the surrounding ServerForm; errors show beside the field. */

function errorOf(errors: Record<string, unknown>, name: string): string | undefined {
  let node: unknown = errors
  for (const part of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return (node as { message?: string } | undefined)?.message
}

type Common = { name: string; label: string; hint?: string; required?: boolean }

export function TextField({
  name,
  label,
  hint,
  required,
  type = 'text',
  autoComplete,
  maxLength,
}: Common & { type?: string; autoComplete?: string; maxLength?: number }) {
  const { register, formState } = useFormContext<FieldValues>()
  const error = errorOf(formState.errors, name)
  return (
    <Field name={name} label={label} hint={hint} error={error} required={required}>
      <input
        id={fieldIds(name).id}
        type={type}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-invalid={!!error}
        aria-required={required || undefined}
        aria-describedby={describedBy(name, !!hint, !!error)}
        className={inputClass}
        {...register(name)}
      />
    </Field>
  )
}

export function TextArea({ name, label, hint, required, rows = 4 }: Common & { rows?: number }) {
  const { register, formState } = useFormContext<FieldValues>()
  const error = errorOf(formState.errors, name)
  return (
    <Field name={name} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={fieldIds(name).id}
        rows={rows}
        aria-invalid={!!error}
        aria-required={required || undefined}
        aria-describedby={describedBy(name, !!hint, !!error)}
        className={inputClass}
        {...register(name)}
      />
    </Field>
  )
}

export function SelectField({
  name,
  label,
  hint,
  required,
  options,
}: Common & { options: { value: string; label: string }[] }) {
  const { register, formState } = useFormContext<FieldValues>()
  const error = errorOf(formState.errors, name)
  return (
    <Field name={name} label={label} hint={hint} error={error} required={required}>
      <select
        id={fieldIds(name).id}
        aria-invalid={!!error}
        aria-describedby={describedBy(name, !!hint, !!error)}
        className={inputClass}
        {...register(name)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  )
}

export function CheckboxField({ name, label, hint }: Common) {
  const { register } = useFormContext<FieldValues>()
  const { id } = fieldIds(name)
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        value="true"
        className="mt-1 size-4"
        aria-describedby={describedBy(name, !!hint, false)}
        {...register(name)}
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {hint ? (
          <p id={fieldIds(name).hintId} className="text-sm text-muted">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  )
}

export function Hidden({ name }: { name: string }) {
  const { register } = useFormContext<FieldValues>()
  return <input type="hidden" {...register(name)} />
}
