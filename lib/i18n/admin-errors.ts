import { createTranslator } from 'next-intl'
import type { ActionState } from '@/lib/action-state'
import type { Locale } from './locales'
import catalog from '../../messages/admin/errors.en.json'

/*
 * The backend's messages for bad input and refused actions are written in German where they
 * arise (zod schemas, data functions): the command-line tools print them, and German is the
 * backend's first language. For a user who chose English as the interface language they are
 * looked up in messages/admin/errors.en.json, keyed by the German text the way gettext keys by
 * the source text. Messages built from a field's label ("Der Titel darf höchstens 200 Zeichen
 * lang sein.") are matched by their pattern and the label is translated on its own. A message
 * the catalog lacks stays German rather than disappearing; a test keeps the catalog complete.
 */

type Catalog = {
  exact: Record<string, string>
  labels: Record<string, string>
  patterns: Record<string, string>
}

const CATALOG = catalog as Catalog

/**
 * Placeholders in a German pattern: `{label}` stands for a field's label (translated through
 * `labels`), `{text}` for text taken over as it is (a name the user typed), `{message}` for a
 * message within the message (translated on its own), `{n}` for a number (German "1.000" or
 * "55,1"), `{ref}` for an error reference. A digit tells two of a kind apart (`{text2}`). The
 * English side is an ICU message: `{n, plural, one {…} other {…}}` where the count matters;
 * a plain `{n}` is written as an English number ("1,000").
 */
const PLACEHOLDERS: Record<string, string> = {
  label: '(.+?)',
  text: '(.+?)',
  message: '(.+?)',
  n: '(\\d[\\d.,]*)',
  ref: '([0-9a-f]{8})',
}

function compile(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = []
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1]
      const kind = name?.replace(/\d+$/, '')
      if (name && kind && PLACEHOLDERS[kind]) {
        names.push(name)
        return PLACEHOLDERS[kind]
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  return { regex: new RegExp(`^${source}$`), names }
}

const PATTERNS = Object.entries(CATALOG.patterns).map(([german, english], index) => ({
  ...compile(german),
  key: `p${index}`,
  english,
}))

/** The English patterns as ICU messages, numbers written the English way. */
const formatEnglish = createTranslator({
  locale: 'en-GB',
  messages: {
    patterns: Object.fromEntries(
      PATTERNS.map((pattern) => [
        pattern.key,
        pattern.english.replace(/\{(n\d*)\}/g, '{$1, number}'),
      ]),
    ),
  },
  namespace: 'patterns',
})

/** "1.000" and "55,1" as numbers. */
function germanNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'))
}

/** The message in the user's interface language (German messages are returned as they are). */
export function translateError(message: string, locale: Locale): string {
  if (locale === 'de') return message
  const exact = CATALOG.exact[message]
  if (exact) return exact
  for (const { regex, names, key } of PATTERNS) {
    const match = regex.exec(message)
    if (!match) continue
    const values: Record<string, string | number> = {}
    let fits = true
    names.forEach((name, index) => {
      const value = match[index + 1] ?? ''
      const kind = name.replace(/\d+$/, '')
      if (kind === 'label') {
        const translated = CATALOG.labels[value]
        if (translated) values[name] = translated
        else fits = false
      } else if (kind === 'n') values[name] = germanNumber(value)
      else if (kind === 'message') values[name] = translateError(value, locale)
      else values[name] = value
    })
    if (fits) return formatEnglish(key, values)
  }
  return message
}

/** An action's answer with its message and field messages in the user's language. */
export function localizeActionState(state: ActionState, locale: Locale): ActionState {
  if (locale === 'de') return state
  return {
    ...state,
    message: state.message === null ? null : translateError(state.message, locale),
    fieldErrors: Object.fromEntries(
      Object.entries(state.fieldErrors).map(([field, messages]) => [
        field,
        messages?.map((message) => translateError(message, locale)),
      ]),
    ),
  }
}

/**
 * react-hook-form's errors (nested by field path) with every message in the user's language;
 * the browser's checks then read like the server's.
 */
export function localizeFieldErrors<T>(errors: T, locale: Locale): T {
  if (locale === 'de' || !errors || typeof errors !== 'object') return errors
  const copy = (Array.isArray(errors) ? [...errors] : { ...errors }) as Record<string, unknown>
  for (const [key, value] of Object.entries(copy)) {
    // `ref` is the field's DOM element: left alone.
    if (key === 'ref') continue
    if (key === 'message' && typeof value === 'string') copy[key] = translateError(value, locale)
    else if (value && typeof value === 'object') copy[key] = localizeFieldErrors(value, locale)
  }
  return copy as T
}
