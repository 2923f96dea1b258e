import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { requestKey } from './page-cache-key.mjs'

/* Which requests the finished-page cache may answer, and which of them share a stored page. */

function key(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return requestKey({ method, url, headers } as unknown as IncomingMessage)
}

describe('requestKey', () => {
  it('gives no key to addresses with unknown or repeated parameters, or past 2 KB', () => {
    for (const url of [
      '/impressum?x=1',
      '/impressum?utm_source=newsletter',
      '/partner?seite=2&seite=3',
      '/partner?seite=2&x=1',
      '/partner?_rsc=1a2b',
      '/aktuelles?q=nur-in-der-suche',
      `/suche?q=${'a'.repeat(2100)}`,
      `/impressum-${'a'.repeat(2100)}`,
    ])
      expect(key(url), url).toBeNull()
    expect(key(`/suche?q=${'a'.repeat(1900)}`)).not.toBeNull()
  })

  it('never stores a preview of unpublished content', () => {
    for (const url of ['/vorschau/news/5', '/vorschau/news/5?token=abc', '/vorschau'])
      expect(key(url), url).toBeNull()
    expect(key('/vorschau-und-mehr')).not.toBeNull()
  })

  it('gives one key to the known parameters in any order and spelling', () => {
    expect(key('/partner?seite=2&q=a%20b&kategorie=it')).toBe(
      key('/partner?kategorie=it&q=a+b&seite=2'),
    )
    expect(key('/aktuelles?tag=ki&jahr=2025')).toBe(key('/aktuelles?jahr=2025&tag=ki'))
    expect(key('/impressum?')).toBe(key('/impressum'))
    expect(key('/partner?seite=2')).not.toBe(key('/partner?seite=3'))
    expect(key('/suche?q=a')).not.toBe(key('/suche?q=b'))
  })

  it('keeps the state filter of the directory and the map in the key', () => {
    expect(key('/partner?land=bayern&q=a')).toBe(key('/partner?q=a&land=bayern'))
    expect(key('/partner?land=bayern')).not.toBe(key('/partner'))
    expect(key('/partner?land=bayern')).not.toBe(key('/partner?land=hessen'))
    expect(key('/partner/karte?land=bayern&kategorie=it&q=a&gebiet=8,51,9,52')).not.toBeNull()
    expect(key('/partner/karte?land=bayern')).not.toBe(key('/partner/karte?land=hessen'))
    expect(key('/partner/karte?seite=2')).toBeNull()
  })

  it('gives no key to requests whose headers change what Next renders', () => {
    for (const headers of [
      { 'x-middleware-prefetch': '1' },
      { 'content-security-policy': "script-src 'nonce-fremd'" },
      { 'content-security-policy-report-only': "script-src 'nonce-fremd'" },
      { rsc: '1' },
      { 'next-router-segment-prefetch': '/_tree' },
      { 'next-url': '/aktuelles' },
      { cookie: 'authjs.session-token=abc' },
      { cookie: 'a=b; __prerender_bypass=1' },
    ] as Record<string, string>[])
      expect(key('/impressum', headers), JSON.stringify(headers)).toBeNull()
    expect(key('/impressum', {}, 'POST')).toBeNull()
  })

  it('keeps crawlers that get another rendering apart from browsers', () => {
    const chrome = key('/', { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0' })
    const firefox = key('/', { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/133.0' })
    const twitter = key('/', { 'user-agent': 'Twitterbot/1.0' })
    const slack = key('/', { 'user-agent': 'Slackbot-LinkExpanding 1.0' })
    const google = key('/', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' })
    expect(chrome).toBe(firefox)
    expect(twitter).toBe(slack)
    expect(new Set([chrome, twitter, google]).size).toBe(3)
  })

  it('keys Accept-Encoding by the codings it names, not by made-up tokens', () => {
    expect(key('/', { 'accept-encoding': 'gzip, deflate' })).toBe(
      key('/', { 'accept-encoding': 'deflate,gzip, x-unbekannt' }),
    )
    expect(key('/', { 'accept-encoding': 'gzip' })).not.toBe(key('/'))
    expect(key('/', { 'accept-encoding': 'gzip;q=0' })).not.toBe(
      key('/', { 'accept-encoding': 'gzip' }),
    )
  })
})

describe('requestKey for the English pages', () => {
  it('keeps the English parameter names and drops the German ones', () => {
    expect(key('/en/partners?page=2&category=it')).toBe(key('/en/partners?category=it&page=2'))
    expect(key('/en/partners?kategorie=it')).toBeNull()
    expect(key('/en/news?year=2016&tag=x&page=2')).not.toBeNull()
    expect(key('/en/news?jahr=2016')).toBeNull()
    expect(key('/en/search?q=digital')).not.toBeNull()
    expect(key('/en/events/archive?page=3')).not.toBeNull()
    expect(key('/en/events/archive?seite=3')).toBeNull()
    expect(key('/en/partners?page=2')).not.toBe(key('/partner?seite=2'))
    expect(key('/en/partners?state=bayern')).not.toBe(key('/en/partners?state=hessen'))
    expect(key('/en/partners?state=bayern&q=a')).not.toBeNull()
    expect(key('/en/partners/map?state=bayern&category=it&q=a&area=8,51,9,52')).not.toBeNull()
    expect(key('/en/partners/map?land=bayern')).toBeNull()
  })
})
