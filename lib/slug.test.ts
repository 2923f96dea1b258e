import { describe, expect, it } from 'vitest'
import { germanSortKey, initialLetter, isSlug, slugify, transliterateGerman } from './slug'

describe('slugify', () => {
  it.each([
    [
      'Wissenschaftseinrichtungen, Hochschulen und Hochschulverbände',
      'wissenschaftseinrichtungen-hochschulen-und-hochschulverbaende',
    ],
    ['Unternehmen und Stiftungen', 'unternehmen-und-stiftungen'],
    ['Straßenbau Müller & Söhne', 'strassenbau-mueller-soehne'],
    ['ÄRZTE ÖFFNEN ÜBERALL', 'aerzte-oeffnen-ueberall'],
    ["it's OWL Clustermanagement GmbH", 'it-s-owl-clustermanagement-gmbh'],
    ['  Café Crème – Paris  ', 'cafe-creme-paris'],
    ['„go-cluster”: Vorhang auf!', 'go-cluster-vorhang-auf'],
    ['', ''],
    ['!!!', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify(
      'Zwei neue Clustermanager nehmen ihre Arbeit auf: Clustermanagement Automotive und Maschinenbau',
    )
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect(isSlug(slug)).toBe(true)
  })

  it('handles decomposed umlauts (NFD input) like composed ones', () => {
    expect(slugify('Verba\u0308nde')).toBe('verbaende')
  })
})

describe('transliterateGerman', () => {
  it('keeps case and maps capital sharp s', () => {
    expect(transliterateGerman('GROẞ Äpfel')).toBe('GROSS Aepfel')
  })
})

describe('germanSortKey / initialLetter', () => {
  it('sorts umlauts with their base letter (DIN 5007-1)', () => {
    const names = ['Zebra AG', 'Öko-Institut', 'Apfel GmbH', 'Ärztekammer', 'Ostwind', 'über uns']
    const sorted = [...names].sort((a, b) => germanSortKey(a).localeCompare(germanSortKey(b), 'en'))
    expect(sorted).toEqual([
      'Apfel GmbH',
      'Ärztekammer',
      'Öko-Institut',
      'Ostwind',
      'über uns',
      'Zebra AG',
    ])
  })

  it('puts Ä under A, Ö under O, Ü under U and digits under #', () => {
    expect(initialLetter(germanSortKey('Ärztekammer'))).toBe('A')
    expect(initialLetter(germanSortKey('Öko-Institut'))).toBe('O')
    expect(initialLetter(germanSortKey('„Übermorgen“ e.V.'))).toBe('U')
    expect(initialLetter(germanSortKey('3D-Druck OWL'))).toBe('#')
  })
})
