import { z } from 'zod'
import { QUERY_NAMES } from '@/lib/i18n/paths'
import { isSlug } from '@/lib/slug'
import { stateBySlug, type StateCode } from '@/lib/geo/states'

/*
 * Query parameters of the public pages. Whatever a visitor (or a bot) puts in the URL becomes a
 * well-formed value: junk is dropped, never an error page.
 */

type Params = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

const MAX_QUERY = 200

/** Search text: at most 200 characters, control characters (NUL included) removed. */
export function parseSearchText(value: string | string[] | undefined): string {
  const raw = first(value) ?? ''
  return raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .slice(0, MAX_QUERY)
    .trim()
}

const pageNumber = z.coerce.number().int().min(1).max(100_000)

export function parsePage(value: string | string[] | undefined): number {
  const parsed = pageNumber.safeParse(first(value))
  return parsed.success ? parsed.data : 1
}

export function parseSlugParam(value: string | string[] | undefined): string | null {
  const raw = first(value)?.trim().toLowerCase()
  return raw && isSlug(raw) ? raw : null
}

export function parseLetter(value: string | string[] | undefined): string | null {
  const raw = first(value)?.trim().toUpperCase()
  return raw && /^[A-Z#]$/.test(raw) ? raw : null
}

export function parseYear(value: string | string[] | undefined): number | null {
  const raw = first(value)?.trim()
  if (!raw || !/^\d{4}$/.test(raw)) return null
  const year = Number(raw)
  return year >= 1900 && year <= 2200 ? year : null
}

type QueryNames = (typeof QUERY_NAMES)[keyof typeof QUERY_NAMES]

/**
 * A federal state by its slug (`nordrhein-westfalen`) under the language's name (`land`,
 * English `state`); the English pages take the German `land` too, as the map's first addresses
 * used it.
 */
export function parseStateParam(params: Params, names: QueryNames): StateCode | null {
  const value = params[names.state] ?? params[QUERY_NAMES.de.state]
  return stateBySlug(parseSlugParam(value))?.code ?? null
}

/** `names`: the parameter names of the page's language (German: kategorie, buchstabe, seite). */
export function parseDirectoryQuery(params: Params, names: QueryNames = QUERY_NAMES.de) {
  return {
    q: parseSearchText(params[names.q]),
    category: parseSlugParam(params[names.category]),
    state: parseStateParam(params, names),
    letter: parseLetter(params[names.letter]),
    page: parsePage(params[names.page]),
  }
}

/** Builds a query string from the given values, leaving out empty ones and page 1. */
export function queryString(values: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') continue
    if ((key === 'seite' || key === 'page') && Number(value) <= 1) continue
    params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
