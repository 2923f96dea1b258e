import type { ReactNode } from 'react'

/*
 * Form primitives: a label, the control, a hint and the German error text tied to the control
 * with aria-describedby, so screen readers announce what is wrong.
 */

export function fieldIds(name: string) {
  const id = `feld-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`
  return { id, hintId: `${id}-hinweis`, errorId: `${id}-fehler` }
}

export function describedBy(name: string, hasHint: boolean, hasError: boolean): string | undefined {
  const { hintId, errorId } = fieldIds(name)
  return [hasHint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined
}

export function Field({
  name,
  label,
  hint,
  error,
  required,
  children,
}: {
  name: string
  label: string
  hint?: ReactNode
  error?: string
  required?: boolean
  children: ReactNode
}) {
  const { id, hintId, errorId } = fieldIds(name)
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-ink">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

export const inputClass =
  'w-full rounded border border-slate-400 bg-white px-3 py-2 text-ink aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700'

export function FormMessage({ state }: { state: { ok: boolean; message: string | null } }) {
  if (!state.message) return null
  return (
    <div
      role={state.ok ? 'status' : 'alert'}
      className={`rounded border px-4 py-3 ${state.ok ? 'border-green-700 bg-green-50 text-green-900' : 'border-red-700 bg-red-50 text-red-900'}`}
    >
      {state.message}
    </div>
  )
}

export function SubmitButton({
  children,
  pending,
  name,
  value,
  variant = 'primary',
}: {
  children: ReactNode
  pending?: boolean
  name?: string
  value?: string
  variant?: 'primary' | 'secondary' | 'danger'
}) {
  const styles = {
    primary: 'bg-brand-800 text-white hover:bg-brand-900',
    secondary: 'border border-brand-800 bg-white text-brand-800 hover:bg-brand-50',
    danger: 'bg-red-700 text-white hover:bg-red-800',
  }
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      className={`rounded px-4 py-2 font-medium disabled:cursor-wait disabled:opacity-60 ${styles[variant]}`}
    >
      {children}
    </button>
  )
}
