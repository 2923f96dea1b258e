'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { saveCategoryAction } from './actions'
import { FormMessage, inputClass } from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'

/** One category row (or the empty row for a new one): name, slug, sort order. */
export function CategoryForm({
  category,
}: {
  category?: { id: number; name: string; slug: string; sortOrder: number }
}) {
  const t = useTranslations('admin.categories.form')
  const [state, action, pending] = useActionState(saveCategoryAction, initialActionState)
  const prefix = category ? `kat-${category.id}` : 'kat-neu'
  const error = (key: string) => state.fieldErrors[key]?.[0]
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      {category ? <input type="hidden" name="id" value={category.id} /> : null}
      <div className="grid gap-2 sm:grid-cols-[2fr_2fr_6rem_auto] sm:items-end">
        {(
          [
            ['name', t('name'), category?.name ?? ''],
            ['slug', t('slug'), category?.slug ?? ''],
            ['sortOrder', t('sortOrder'), String(category?.sortOrder ?? 0)],
          ] as const
        ).map(([name, label, value]) => (
          <div key={name} className="flex flex-col gap-1">
            <label htmlFor={`${prefix}-${name}`} className="text-sm font-medium">
              {label}
            </label>
            <input
              id={`${prefix}-${name}`}
              name={name}
              defaultValue={
                typeof state.values?.[name] === 'string' ? (state.values[name] as string) : value
              }
              inputMode={name === 'sortOrder' ? 'numeric' : undefined}
              aria-invalid={!!error(name)}
              aria-describedby={error(name) ? `${prefix}-${name}-fehler` : undefined}
              className={inputClass}
            />
            {error(name) ? (
              <p id={`${prefix}-${name}-fehler`} className="text-sm font-medium text-red-700">
                {error(name)}
              </p>
            ) : null}
          </div>
        ))}
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {category ? t('save') : t('create')}
        </button>
      </div>
    </form>
  )
}
