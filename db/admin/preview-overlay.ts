import 'server-only'
import type { z } from 'zod'
import { getAutosaveState } from './autosave'
import { formDataToObject } from '@/lib/form-data'
import type { AutosaveKind } from '@/lib/validation/autosave'

/*
 * What a preview adds to an item as saved: the viewer's unsaved changes, that is their newest
 * autosave of the form when no save came after it (db/admin/autosave.ts). Each field counts
 * only when the form's own schema accepts it on its own, so a half-typed address or a cleared
 * title shows the saved value instead of a page the item could never become.
 */

type Fields<Shape extends z.ZodRawShape> = Partial<{ [K in keyof Shape]: z.output<Shape[K]> }>

/** The fields of `pairs` that `shape` accepts one by one; unticked checkboxes are absent. */
export function acceptedFields<Shape extends z.ZodRawShape>(
  pairs: [string, string][],
  shape: Shape,
  options: { arrays?: string[]; checkboxes?: string[] } = {},
): Fields<Shape> {
  const data = new FormData()
  for (const [name, value] of pairs) data.append(name, value)
  const typed = formDataToObject(data, options.arrays ?? [])
  const accepted: Record<string, unknown> = {}
  for (const [name, schema] of Object.entries(shape)) {
    if (name === 'id') continue
    const checkbox = options.checkboxes?.includes(name) ?? false
    if (!(name in typed) && !checkbox) continue
    const parsed = (schema as z.ZodType).safeParse(typed[name])
    if (parsed.success) accepted[name] = parsed.data
  }
  return accepted as Fields<Shape>
}

/** The caller's unsaved changes to the item's form, as accepted fields; null when none. */
export async function unsavedFields<Shape extends z.ZodRawShape>(
  kind: AutosaveKind,
  id: number | null,
  shape: Shape,
  options?: { arrays?: string[]; checkboxes?: string[] },
): Promise<Fields<Shape> | null> {
  const { offer } = await getAutosaveState(kind, id)
  return offer ? acceptedFields(offer.fields, shape, options) : null
}
