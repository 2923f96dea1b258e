import { describe, expect, it } from 'vitest'
import { searchTerms } from './search-text'
import { highlight, snippet } from './snippet'

const marked = (parts: { text: string; hit: boolean }[]) =>
  parts.filter((p) => p.hit).map((p) => p.text)

describe('highlight', () => {
  it('marks words whatever way the umlaut was typed', () => {
    for (const query of ['Universität', 'universitaet', 'Universitat', 'UNIVERSITÄT']) {
      expect(marked(highlight('Die Universität Paderborn', searchTerms(query)))).toEqual([
        'Universität',
      ])
    }
  })
  it('marks prefixes of three or more characters and whole short words', () => {
    expect(marked(highlight('Mechatronik und KI in OWL', searchTerms('mecha ki')))).toEqual([
      'Mechatronik',
      'KI',
    ])
    expect(marked(highlight('Kiel und KI', searchTerms('ki')))).toEqual(['KI'])
  })
  it('marks ASCII spellings and umlauts alike, and nothing that only shares a letter', () => {
    const text = 'Aerztenetz, Ärztekammer, Oelmühle, Ölpresse, Uebersicht, Arbeit und Aal'
    expect(marked(highlight(text, searchTerms('ärzte')))).toEqual(['Aerztenetz', 'Ärztekammer'])
    expect(marked(highlight(text, searchTerms('ölm')))).toEqual(['Oelmühle'])
    expect(marked(highlight(text, searchTerms('oelp')))).toEqual(['Ölpresse'])
    expect(marked(highlight(text, searchTerms('Übersicht')))).toEqual(['Uebersicht'])
    expect(marked(highlight(text, searchTerms('aal')))).toEqual(['Aal'])
  })
  it('keeps the text intact', () => {
    const parts = highlight('Straßenbau, Brücken & mehr', searchTerms('strassenbau'))
    expect(parts.map((p) => p.text).join('')).toBe('Straßenbau, Brücken & mehr')
  })
})

describe('snippet', () => {
  it('cuts a window around the hits with ellipses', () => {
    const text = `${'Wort '.repeat(60)}Hier geht es um Robotik in der Fertigung. ${'Ende '.repeat(60)}`
    const parts = snippet(text, searchTerms('robotik'))
    const joined = parts.map((p) => p.text).join('')
    expect(joined.startsWith('… ')).toBe(true)
    expect(joined.endsWith(' …')).toBe(true)
    expect(marked(parts)).toEqual(['Robotik'])
  })
  it('returns nothing for empty text', () => {
    expect(snippet('', ['x'])).toEqual([])
  })
})
