/*
 * FormData → a plain object for zod: "links.0.label" becomes { links: [{ label }] }, repeated
 * keys become arrays, and keys that could reach a prototype are dropped. The `$ACTION…` fields
 * React adds are not data and are skipped.
 */

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor'])
const MAX_INDEX = 200

type Node = Record<string, unknown> | unknown[]

export function formDataToObject(
  formData: FormData,
  arrayKeys: readonly string[] = [],
): Record<string, unknown> {
  const root: Record<string, unknown> = Object.create(null)
  for (const key of arrayKeys) root[key] = []
  for (const [rawKey, value] of formData.entries()) {
    if (rawKey.startsWith('$ACTION') || rawKey.length > 200) continue
    const parts = rawKey.split('.')
    if (parts.some((part) => FORBIDDEN.has(part) || part === '')) continue
    let node: Node = root
    let ok = true
    for (let i = 0; i < parts.length - 1 && ok; i++) {
      const part = parts[i]!
      const nextIsIndex = /^\d+$/.test(parts[i + 1]!)
      const container: Record<string, unknown> = node as Record<string, unknown>
      if (/^\d+$/.test(part)) {
        const index = Number(part)
        if (index > MAX_INDEX || !Array.isArray(node)) ok = false
        else {
          node[index] ??= nextIsIndex ? [] : Object.create(null)
          node = node[index] as Node
        }
      } else {
        container[part] ??= nextIsIndex ? [] : Object.create(null)
        const child = container[part]
        if (typeof child !== 'object' || child === null) ok = false
        else node = child as Node
      }
    }
    if (!ok) continue
    const last = parts[parts.length - 1]!
    if (Array.isArray(node)) {
      const index = Number(last)
      if (Number.isInteger(index) && index <= MAX_INDEX) node[index] = value
      continue
    }
    const target = node as Record<string, unknown>
    if (last in target && parts.length === 1 && !arrayKeys.includes(last)) {
      const existing = target[last]
      target[last] = Array.isArray(existing) ? [...existing, value] : [existing, value]
    } else if (arrayKeys.includes(last) && parts.length === 1) {
      ;(target[last] as unknown[]).push(value)
    } else {
      target[last] = value
    }
  }
  // Sparse arrays (a removed row in the middle) become dense.
  const compact = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact)
    if (value && typeof value === 'object' && !(value instanceof Blob)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]))
    }
    return value
  }
  return compact(root) as Record<string, unknown>
}
