import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseDirectoryQuery,
  parseLetter,
  parsePage,
  parseSearchText,
  parseYear,
  queryString,
} from './public-query'

describe('public query parameters', () => {
  it('reads the directory parameters', () => {
    expect(
      parseDirectoryQuery({
        q: ' Universität ',
        kategorie: 'vereine-und-verbaende',
        buchstabe: 'ä',
        seite: '3',
      }),
    ).toEqual({
      q: 'Universität',
      category: 'vereine-und-verbaende',
      letter: null,
      page: 3,
    })
  })
  it('turns junk into defaults', () => {
    expect(parsePage('-1')).toBe(1)
    expect(parsePage('2.5')).toBe(1)
    expect(parsePage('1e9')).toBe(1)
    expect(parsePage(['4', '5'])).toBe(4)
    expect(parseLetter('ab')).toBeNull()
    expect(parseLetter('#')).toBe('#')
    expect(parseYear('20x6')).toBeNull()
    expect(parseSearchText('a\u0000b')).toBe('a b')
    expect(parseSearchText('x'.repeat(20_000))).toHaveLength(200)
  })
  it('never throws, whatever the input', () => {
    const value = fc.oneof(fc.string(), fc.array(fc.string()), fc.constant(undefined))
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(
            fc.constantFrom('q', 'kategorie', 'buchstabe', 'seite', '__proto__'),
            fc.string(),
          ),
          value,
        ),
        (params) => {
          const parsed = parseDirectoryQuery(params)
          expect(parsed.page).toBeGreaterThanOrEqual(1)
          expect(parsed.q.length).toBeLessThanOrEqual(200)
        },
      ),
    )
  })
  it('builds query strings without empty values or page 1', () => {
    expect(queryString({ q: 'a b', kategorie: null, seite: 1 })).toBe('?q=a+b')
    expect(queryString({ seite: 2 })).toBe('?seite=2')
    expect(queryString({})).toBe('')
  })
})
