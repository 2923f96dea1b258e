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
import { QUERY_NAMES } from '@/lib/i18n/paths'

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
      state: null,
      letter: null,
      page: 3,
    })
  })
  it('reads the federal state by its slug, in German as land, in English as state', () => {
    expect(parseDirectoryQuery({ land: 'nordrhein-westfalen' }).state).toBe('NW')
    expect(parseDirectoryQuery({ land: ' Bayern ' }).state).toBe('BY')
    expect(parseDirectoryQuery({ land: 'nirgendwo' }).state).toBeNull()
    expect(parseDirectoryQuery({ land: ['hessen', 'bayern'] }).state).toBe('HE')
    expect(parseDirectoryQuery({ state: 'sachsen' }, QUERY_NAMES.en).state).toBe('SN')
    expect(parseDirectoryQuery({ land: 'sachsen' }, QUERY_NAMES.en).state).toBe('SN')
    expect(parseDirectoryQuery({ state: 'sachsen' }).state).toBeNull()
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
