import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { buildNewsFeed } from './feed'

describe('buildNewsFeed', () => {
  it('produces well-formed RSS 2.0 with one item per article, newest first as given', () => {
    const xml = buildNewsFeed(
      [
        {
          slug: 'b',
          title: 'Zweite <Meldung> & mehr',
          lead: 'Vorspann',
          date: '2020-11-30',
          place: 'Bielefeld',
          updatedAt: new Date('2026-01-01'),
          bodyHtml: '<p>Text ]]> mit Ende</p>',
        },
        {
          slug: 'a',
          title: 'Erste',
          lead: '',
          date: '2016-07-08',
          place: null,
          updatedAt: new Date('2026-01-01'),
          bodyHtml: '<p>x</p>',
        },
      ],
      { url: 'https://cluster.example', name: 'Clusterportal', description: 'Beschreibung' },
    )
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml)
    expect(doc.rss['@_version']).toBe('2.0')
    const items = doc.rss.channel.item
    expect(items).toHaveLength(2)
    expect(items[0].title).toBe('Zweite <Meldung> & mehr')
    expect(items[0].link).toBe('https://cluster.example/aktuelles/b')
    expect(items[0].description).toBe('Bielefeld – Vorspann')
    expect(new Date(items[0].pubDate).toISOString()).toBe('2020-11-29T23:00:00.000Z')
    expect(doc.rss.channel.language).toBe('de')
  })
})
