import Link from 'next/link'
import { MAP_TEXT } from './map-texts'
import type { MapQuery } from '@/lib/geo/map-query'
import { STATES } from '@/lib/geo/states'

/* The map's filters as a plain GET form: the same address parameters as the directory. */
export function MapFilters({
  query,
  categories,
}: {
  query: MapQuery
  categories: { slug: string; name: string }[]
}) {
  const field = 'rounded border border-slate-400 px-3 py-2'
  return (
    <form
      action="/partner/karte"
      method="get"
      role="search"
      className="mt-6 flex flex-wrap items-end gap-3"
    >
      <div className="flex min-w-48 flex-1 flex-col gap-1">
        <label htmlFor="karte-suche" className="text-sm font-medium">
          {MAP_TEXT.searchLabel}
        </label>
        <input
          id="karte-suche"
          name="q"
          type="search"
          defaultValue={query.q}
          maxLength={200}
          placeholder={MAP_TEXT.searchPlaceholder}
          className={`${field} max-w-full`}
        />
      </div>
      <div className="flex min-w-0 max-w-full flex-col gap-1">
        <label htmlFor="karte-kategorie" className="text-sm font-medium">
          {MAP_TEXT.categoryLabel}
        </label>
        <select
          id="karte-kategorie"
          name="kategorie"
          defaultValue={query.category ?? ''}
          className={`${field} max-w-full`}
        >
          <option value="">{MAP_TEXT.allCategories}</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-w-0 max-w-full flex-col gap-1">
        <label htmlFor="karte-land" className="text-sm font-medium">
          {MAP_TEXT.stateLabel}
        </label>
        <select
          id="karte-land"
          name="land"
          defaultValue={query.state?.slug ?? ''}
          className={`${field} max-w-full`}
        >
          <option value="">{MAP_TEXT.allStates}</option>
          {STATES.map((s) => (
            <option key={s.code} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded bg-brand-800 px-5 py-2 font-medium text-white hover:bg-brand-900"
      >
        {MAP_TEXT.apply}
      </button>
      {query.q || query.category || query.state || query.area ? (
        <Link href="/partner/karte" prefetch={false} className="py-2 text-brand-800 underline">
          {MAP_TEXT.reset}
        </Link>
      ) : null}
    </form>
  )
}
