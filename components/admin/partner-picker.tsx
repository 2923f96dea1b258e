'use client'

import { useTranslations } from 'next-intl'
import { useMemo, useState } from 'react'
import { useFormContext, useWatch, type FieldValues } from 'react-hook-form'
import { foldForSearch } from '@/lib/search-text'

/** Choose partners from hundreds: a filter box over checkboxes, chosen ones listed first. */
export function PartnerPicker({
  name = 'partnerIds',
  label,
  options,
}: {
  name?: string
  label: string
  options: { id: number; name: string }[]
}) {
  const t = useTranslations('admin.editor.partnerPicker')
  const { register, control } = useFormContext<FieldValues>()
  const selected = ((useWatch({ control, name }) as string[] | undefined) ?? []).map(String)
  const [filter, setFilter] = useState('')
  const visible = useMemo(() => {
    const needle = foldForSearch(filter.trim())
    const chosen = options.filter((o) => selected.includes(String(o.id)))
    const rest = options.filter(
      (o) =>
        !selected.includes(String(o.id)) && (!needle || foldForSearch(o.name).includes(needle)),
    )
    return [...chosen, ...rest.slice(0, 50)]
  }, [filter, options, selected])
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium text-ink">{label}</legend>
      <label htmlFor={`${name}-filter`} className="sr-only">
        {t('filter')}
      </label>
      <input
        id={`${name}-filter`}
        type="search"
        placeholder={t('placeholder')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        className="w-full max-w-sm rounded border border-slate-400 px-3 py-1.5"
      />
      <ul className="max-h-56 overflow-y-auto rounded border border-slate-200 bg-white p-2">
        {visible.map((option) => (
          <li key={option.id}>
            <label className="flex items-center gap-2 py-0.5">
              <input type="checkbox" value={String(option.id)} {...register(name)} />
              {option.name}
            </label>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">{t('selected', { count: selected.length })}</p>
    </fieldset>
  )
}
