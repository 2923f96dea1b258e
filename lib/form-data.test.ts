import { describe, expect, it } from 'vitest'
import { formDataToObject } from './form-data'

function fd(entries: [string, string][]) {
  const data = new FormData()
  for (const [k, v] of entries) data.append(k, v)
  return data
}

describe('formDataToObject', () => {
  it('builds nested objects and arrays', () => {
    expect(
      formDataToObject(
        fd([
          ['title', 'A'],
          ['links.0.label', 'x'],
          ['links.0.url', 'https://a.de'],
          ['links.2.label', 'y'],
          ['partnerIds', '3'],
          ['partnerIds', '5'],
        ]),
        ['partnerIds'],
      ),
    ).toEqual({
      title: 'A',
      links: [{ label: 'x', url: 'https://a.de' }, { label: 'y' }],
      partnerIds: ['3', '5'],
    })
  })
  it('gives declared array keys an empty array when absent', () => {
    expect(formDataToObject(fd([['title', 'A']]), ['partnerIds'])).toEqual({
      title: 'A',
      partnerIds: [],
    })
  })
  it('drops prototype keys and React action fields', () => {
    const result = formDataToObject(
      fd([
        ['__proto__.polluted', '1'],
        ['a.constructor.prototype.x', '1'],
        ['$ACTION_ID_abc', ''],
        ['ok', '1'],
      ]),
    )
    expect(result).toEqual({ ok: '1' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
  it('ignores absurd indexes', () => {
    expect(formDataToObject(fd([['links.999999.label', 'x']]))).toEqual({ links: [] })
  })
})
