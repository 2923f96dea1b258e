import { formDataToObject } from '@/lib/form-data'

/*
 * The browser's own copy of a form being typed, and the fields of a form as name/value pairs —
 * the one shape the server's autosave, the local copy and the comparison with the saved version
 * all use.
 */

export type FormFields = [string, string][]

type LocalCopy = { savedAt: string; version: string; fields: FormFields }

const PREFIX = 'clusterportal:autosave'

function key(userId: number, kind: string, id: number | null): string {
  return `${PREFIX}:${userId}:${kind}:${id ?? 'neu'}`
}

/** The form's fields as sent on submit, without the id and React's own fields. */
export function formFields(form: HTMLFormElement): FormFields {
  const fields: FormFields = []
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value !== 'string' || name === 'id' || name.startsWith('$ACTION')) continue
    fields.push([name, value])
  }
  return fields
}

export function readLocalCopy(userId: number, kind: string, id: number | null): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key(userId, kind, id))
    if (!raw) return null
    const value = JSON.parse(raw) as LocalCopy
    return Array.isArray(value.fields) && typeof value.savedAt === 'string' ? value : null
  } catch {
    return null
  }
}

export function writeLocalCopy(
  userId: number,
  kind: string,
  id: number | null,
  version: string,
  fields: FormFields,
): void {
  try {
    const copy: LocalCopy = { savedAt: new Date().toISOString(), version, fields }
    window.localStorage.setItem(key(userId, kind, id), JSON.stringify(copy))
  } catch {
    // Storage full or switched off: the server's autosave still works.
  }
}

export function clearLocalCopy(userId: number, kind: string, id: number | null): void {
  try {
    window.localStorage.removeItem(key(userId, kind, id))
  } catch {
    // Nothing to clear.
  }
}

/**
 * Stored fields as form values: `known` for the fields the form library holds (arrays and
 * check boxes in their shape), `other` for plain inputs outside it.
 */
export function valuesFromFields(
  fields: FormFields,
  current: Record<string, unknown>,
): { known: Record<string, unknown>; other: FormFields } {
  const data = new FormData()
  for (const [name, value] of fields) data.append(name, value)
  const arrays = Object.keys(current).filter((name) => Array.isArray(current[name]))
  const parsed = formDataToObject(data, arrays)
  const known: Record<string, unknown> = {}
  for (const name of Object.keys(current)) {
    if (name === 'id') continue
    if (typeof current[name] === 'boolean') known[name] = fields.some(([n]) => n === name)
    else if (name in parsed) known[name] = parsed[name]
    else if (Array.isArray(current[name])) known[name] = []
  }
  const other = fields.filter(([name]) => !(name.split('.')[0]! in current))
  return { known, other }
}
