import { describe, expect, it } from 'vitest'
import {
  diffSnapshots,
  EVENT_FIELDS,
  NEWS_FIELDS,
  PAGE_FIELDS,
  PARTNER_FIELDS,
  TRANSLATION_FIELDS,
} from './revision-diff'
import de from '../messages/admin/de/common.json'
import en from '../messages/admin/en/common.json'

describe('diffSnapshots', () => {
  it('lists only changed fields with added and removed words', () => {
    const diff = diffSnapshots(
      { title: 'Alter Titel', body: 'Eins zwei drei', tagNames: ['A'] },
      { title: 'Alter Titel', body: 'Eins vier drei', tagNames: ['A', 'B'] },
      NEWS_FIELDS,
    )
    expect(diff.map((d) => d.key)).toEqual(['body', 'tagNames'])
    const body = diff[0]!.parts
    expect(body.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['zwei'])
    expect(body.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['vier'])
  })
})

describe('field names in the English interface', () => {
  it('exist for every field of every versions page, in both languages', () => {
    const specs = [NEWS_FIELDS, EVENT_FIELDS, PARTNER_FIELDS, PAGE_FIELDS, TRANSLATION_FIELDS]
    for (const [locale, messages] of [
      ['de', de],
      ['en', en],
    ] as const) {
      const missing = specs
        .flat()
        .map((field) => field.messageKey ?? field.key)
        .filter((key) => typeof valueAt(messages.fields, key) !== 'string')
      expect(missing, locale).toEqual([])
    }
  })

  it('keep the German names the pages showed', () => {
    const specs = [NEWS_FIELDS, EVENT_FIELDS, PARTNER_FIELDS, PAGE_FIELDS, TRANSLATION_FIELDS]
    for (const field of specs.flat())
      expect(valueAt(de.fields, field.messageKey ?? field.key)).toBe(field.label)
  })

  it('carry the name to look up with each difference', () => {
    const [diff] = diffSnapshots({ title: 'Old' }, { title: 'New' }, TRANSLATION_FIELDS)
    expect(diff).toMatchObject({ label: 'Titel (englisch)', messageKey: 'translation.title' })
    expect(valueAt(en.fields, diff!.messageKey)).toBe('Title (English)')
  })
})

function valueAt(node: unknown, key: string): unknown {
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return node
}
