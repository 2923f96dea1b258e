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

const PAYLOAD = ']]><item><link>https://evil.example/</link></item><![CDATA['
const TWICE = `vorher ${PAYLOAD} mitte ${PAYLOAD} nachher`

describe('buildNewsFeed with hostile text', () => {
  const site = { url: 'https://cluster.example', name: 'Cluster & <Portal>', description: TWICE }
  const entry = {
    slug: 'angriff',
    title: TWICE,
    lead: TWICE,
    date: '2026-03-01',
    place: TWICE,
    updatedAt: new Date('2026-03-01'),
    bodyHtml: `<p>${TWICE}</p><p><a href="https://cluster.example/x">${TWICE}</a></p>`,
  }

  it('keeps every string as text: no forged item, no foreign link', () => {
    const xml = buildNewsFeed([entry, { ...entry, slug: 'zweite' }], site)
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml)
    const items = doc.rss.channel.item
    expect(items).toHaveLength(2)
    expect(items.map((i: { link: string }) => i.link)).toEqual([
      'https://cluster.example/aktuelles/angriff',
      'https://cluster.example/aktuelles/zweite',
    ])
    expect(items[0].title).toBe(TWICE)
    expect(items[0].description).toBe(`${TWICE} – ${TWICE}`)
    expect(items[0]['content:encoded']).toBe(entry.bodyHtml)
    expect(doc.rss.channel.description).toBe(TWICE)
    expect(doc.rss.channel.title).toBe('Cluster & <Portal> – Aktuelles')
    expect(xml).not.toContain('<link>https://evil.example/</link>')
  })

  it('drops characters XML cannot carry instead of writing a broken feed', () => {
    const xml = buildNewsFeed(
      [{ ...entry, title: 'A\u0000B\u0007C\u001bD\uFFFEE\uD800F', lead: 'Zeile\r\nzwei\ttab' }],
      site,
    )
    expect(XMLValidator.validate(xml)).toBe(true)
    const item = new XMLParser().parse(xml).rss.channel.item
    expect(item.title).toBe('ABCDEF')
    expect(item.description).toContain('zwei\ttab')
  })
})

describe('the English feed', () => {
  it('links the English pages, says it is English and marks untranslated items', () => {
    const xml = buildNewsFeed(
      [
        {
          slug: 'delegationen',
          slugs: { de: 'delegationen', en: 'delegations' },
          lang: 'en',
          title: 'Delegations from Catalonia',
          lead: 'Lead',
          date: '2016-07-08',
          place: 'Paderborn',
          updatedAt: new Date('2026-01-01'),
          bodyHtml: '<p>x</p>',
        },
        {
          slug: 'nur-deutsch',
          slugs: { de: 'nur-deutsch', en: null },
          lang: 'de',
          title: 'Nur auf Deutsch',
          lead: '',
          date: '2016-07-01',
          place: null,
          updatedAt: new Date('2026-01-01'),
          bodyHtml: '<p>y</p>',
        },
      ],
      { url: 'https://cluster.example', name: 'Clusterportal', description: 'Description' },
      { locale: 'en', title: 'Clusterportal – News' },
    )
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml)
    const channel = doc.rss.channel
    expect(channel.language).toBe('en')
    expect(channel.title).toBe('Clusterportal – News')
    expect(channel.link).toBe('https://cluster.example/en/news')
    expect(channel['atom:link']['@_href']).toBe('https://cluster.example/en/feed.xml')
    expect(channel.item[0].link).toBe('https://cluster.example/en/news/delegations')
    expect(channel.item[0]['dc:language']).toBeUndefined()
    expect(channel.item[1].link).toBe('https://cluster.example/en/news/nur-deutsch')
    expect(channel.item[1]['dc:language']).toBe('de')
  })
})
