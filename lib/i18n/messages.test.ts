import { describe, expect, it } from 'vitest'
import { IntlMessageFormat } from 'intl-messageformat'
import de from '../../messages/de.json'
import en from '../../messages/en.json'
import { ADMIN_MESSAGES } from './admin-messages'

/** Every key path of a message tree, "home.title" style. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  )
}

function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? leaves(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  )
}

const TREES = [
  ['public site', de, en],
  ['backend', ADMIN_MESSAGES.de, ADMIN_MESSAGES.en],
] as const

describe.each(TREES)('message files of the %s', (_area, de, en) => {
  it('have the same keys in German and English', () => {
    const german = new Set(keys(de))
    const english = new Set(keys(en))
    expect(
      [...german].filter((key) => !english.has(key)),
      'missing in en.json',
    ).toEqual([])
    expect(
      [...english].filter((key) => !german.has(key)),
      'missing in de.json',
    ).toEqual([])
  })

  it('are valid ICU messages with no empty text', () => {
    for (const [locale, tree] of [
      ['de', de],
      ['en', en],
    ] as const) {
      for (const [key, text] of leaves(tree)) {
        expect(text.trim(), `${locale}: ${key}`).not.toBe('')
        expect(() => new IntlMessageFormat(text, locale), `${locale}: ${key}`).not.toThrow()
      }
    }
  })
})
