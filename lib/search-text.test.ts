import { describe, expect, it } from 'vitest'
import { foldForSearch, ftsMatchExpression, markdownToSearchText, searchTerms } from './search-text'

describe('foldForSearch', () => {
  it('folds umlauts both ways', () => {
    const forms = ['Universität', 'Universitat', 'universitaet', 'UNIVERSITÄT', 'UNIVERSITAET']
    expect(new Set(forms.map(foldForSearch))).toEqual(new Set(['universitat']))
  })
  it('folds ß to ss', () => {
    expect(foldForSearch('Straßenbau')).toBe(foldForSearch('Strassenbau'))
  })
  it('folds ö and ü like ä', () => {
    expect(foldForSearch('Köln Müller')).toBe(foldForSearch('Koeln Mueller'))
    expect(foldForSearch('Köln Müller')).toBe(foldForSearch('Koln Muller'))
  })
})

describe('searchTerms / ftsMatchExpression', () => {
  it('quotes every term so FTS operators are text', () => {
    expect(ftsMatchExpression(searchTerms('NEAR(a b) OR "x" *'))).toBe(
      '"near"* AND "a" AND "b" AND "or" AND "x"',
    )
  })
  it('uses prefix matching from three characters', () => {
    expect(ftsMatchExpression(searchTerms('Mecha'))).toBe('"mecha"*')
  })
  it('returns nothing for text without letters or digits, or a NUL', () => {
    expect(ftsMatchExpression(searchTerms('*** "" \0'))).toBeNull()
  })
  it('caps very long input', () => {
    const terms = searchTerms('wort '.repeat(5000))
    expect(terms).toEqual(['wort'])
    expect(searchTerms('a'.repeat(20000))[0]!.length).toBeLessThanOrEqual(200)
  })
})

describe('markdownToSearchText', () => {
  it('keeps link text and drops targets and markup', () => {
    expect(
      markdownToSearchText(
        '#### Titel\n\n- [www.its-owl.de](https://x.y/z) **fett**-Druck.\n\n<script>x</script>',
      ),
    ).toBe('Titel www.its-owl.de fett-Druck.')
  })
})
