import { describe, expect, it } from 'vitest'
import { ALL_KINDS, kindsOfPath, kindsOfTags } from './page-cache-kinds.mjs'

/* What each public page may show, and what an expired tag may have changed. */

describe('page cache kinds', () => {
  it('lists every kind a page can show, and everything for an address it does not know', () => {
    expect(kindsOfPath('/partner?seite=2')).toEqual(['partners'])
    expect(kindsOfPath('/partner/karte?land=nordrhein-westfalen')).toEqual(['partners'])
    expect(kindsOfPath('/partner/energie/solar-gmbh')).toEqual(['partners', 'news', 'events'])
    expect(kindsOfPath('/aktuelles?jahr=2024')).toEqual(['news'])
    expect(kindsOfPath('/aktuelles/ein-artikel')).toEqual(['partners', 'news', 'events'])
    expect(kindsOfPath('/veranstaltungen/archiv')).toEqual(['partners', 'news', 'events'])
    expect(kindsOfPath('/veranstaltungen/gipfel/kalender.ics')).toEqual([
      'partners',
      'news',
      'events',
    ])
    expect(kindsOfPath('/feed.xml')).toEqual(['news'])
    expect(kindsOfPath('/impressum')).toEqual(['pages'])
    // The newsletter page is not an editorial page: it is forgotten with every kind.
    expect(kindsOfPath('/newsletter')).toEqual(ALL_KINDS)
    for (const path of ['/', '/suche?q=a', '/sitemap.xml', '/robots.txt', '/partner/x', '/a/b'])
      expect(kindsOfPath(path), path).toEqual(ALL_KINDS)
  })

  it('maps item tags to their kind; content and unknown tags to everything', () => {
    expect(kindsOfTags(['partners', 'partner:12', 'search'])).toEqual(
      new Set(['partners', 'search']),
    )
    expect(kindsOfTags(['event:3', 'news:4', 'page:impressum'])).toEqual(
      new Set(['events', 'news', 'pages']),
    )
    expect(kindsOfTags(['image:abc'])).toEqual(new Set())
    expect(kindsOfTags(['partner:1', 'content'])).toBeNull()
    expect(kindsOfTags(['neu'])).toBeNull()
    expect(kindsOfTags(['constructor'])).toBeNull()
  })
})

describe('English addresses', () => {
  it('show the same kinds as the German pages they mirror', () => {
    expect(kindsOfPath('/en/partners')).toEqual(kindsOfPath('/partner'))
    expect(kindsOfPath('/en/partners?category=x&page=2')).toEqual(['partners'])
    expect(kindsOfPath('/en/partners/a/b')).toEqual(kindsOfPath('/partner/a/b'))
    expect(kindsOfPath('/en/partners/map?state=bayern')).toEqual(['partners'])
    expect(kindsOfPath('/en/news')).toEqual(['news'])
    expect(kindsOfPath('/en/news/some-item')).toEqual(kindsOfPath('/aktuelles/some-item'))
    expect(kindsOfPath('/en/events')).toEqual(kindsOfPath('/veranstaltungen'))
    expect(kindsOfPath('/en/events/archive?page=2')).toEqual(kindsOfPath('/veranstaltungen/archiv'))
    expect(kindsOfPath('/en/events/calendar.ics')).toEqual(
      kindsOfPath('/veranstaltungen/kalender.ics'),
    )
    expect(kindsOfPath('/en/events/x/calendar.ics')).toEqual(
      kindsOfPath('/veranstaltungen/x/kalender.ics'),
    )
    expect(kindsOfPath('/en/feed.xml')).toEqual(['news'])
    expect(kindsOfPath('/en/legal-notice')).toEqual(['pages'])
    expect(kindsOfPath('/en/search?q=x')).toEqual(ALL_KINDS)
    expect(kindsOfPath('/en')).toEqual(ALL_KINDS)
    expect(kindsOfPath('/en/_status/404')).toEqual(ALL_KINDS)
  })
})
