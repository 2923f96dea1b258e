import { expect, test } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { announce, openDb, rows, scalar, SYNC_DELAY_MS } from './helpers/db'

const parser = new XMLParser({ ignoreAttributes: false })

test('the RSS feed is valid XML with the newest articles', async ({ request }) => {
  const response = await request.get('/feed.xml')
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const xml = await response.text()
  expect(XMLValidator.validate(xml)).toBe(true)
  const channel = parser.parse(xml).rss.channel
  const newest = rows<{ slug: string }>(
    "SELECT slug FROM news WHERE status = 'published' ORDER BY date DESC, id DESC LIMIT 30",
  )
  expect(channel.item.length).toBe(Math.min(30, newest.length))
  expect(channel.item.length).toBeGreaterThanOrEqual(20)
  expect(channel.item.map((i: { link: string }) => new URL(i.link).pathname)).toEqual(
    newest.map((n) => `/aktuelles/${n.slug}`),
  )
})

test('the sitemap lists every public URL and nothing else', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  expect(XMLValidator.validate(xml)).toBe(true)
  const urls: string[] = parser
    .parse(xml)
    .urlset.url.map((u: { loc: string }) => new URL(u.loc).pathname)
  const german = [
    '/',
    '/partner',
    '/partner/karte',
    '/aktuelles',
    '/veranstaltungen',
    '/newsletter',
    ...rows<{ slug: string }>('SELECT slug FROM pages').map((p) => `/${p.slug}`),
    ...rows<{ slug: string }>("SELECT slug FROM partners WHERE status = 'published'").map(
      (p) => `/partner/${p.slug}`,
    ),
    ...rows<{ slug: string }>("SELECT slug FROM news WHERE status = 'published'").map(
      (n) => `/aktuelles/${n.slug}`,
    ),
    ...rows<{ slug: string }>("SELECT slug FROM events WHERE status = 'published'").map(
      (e) => `/veranstaltungen/${e.slug}`,
    ),
  ]
  // Each German page and its English counterpart, named by the German one's alternates.
  const entries: { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[] =
    parser.parse(xml).urlset.url
  const englishOf = new Map(
    entries.map((e) => [
      new URL(e.loc).pathname,
      new URL(e['xhtml:link'].find((l) => l['@_hreflang'] === 'en')!['@_href']).pathname,
    ]),
  )
  const expected = new Set([...german, ...german.map((path) => englishOf.get(path) ?? path)])
  for (const path of german) expect(englishOf.get(path), path).toMatch(/^\/en(\/|$)/)
  expect(new Set(urls)).toEqual(expected)
  expect(urls.length).toBe(expected.size)
  expect(scalar("SELECT count(*) FROM partners WHERE status = 'published'")).toBeGreaterThan(400)
})

test('robots.txt names the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text()
  expect(text).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/)
  expect(text).toContain('Disallow: /admin')
})

const PAYLOAD = ']]><item><link>https://evil.example/</link></item><![CDATA['
const HOSTILE = `Angriff ${PAYLOAD} und ${PAYLOAD} Ende`

test('text with "]]>" and markup stays text in the feed, the sitemap and the calendar', async ({
  request,
}) => {
  const now = Date.now()
  const db = openDb(false)
  const newsId = Number(
    db
      .prepare(
        `INSERT INTO news (slug, title, lead, body, place, date, status, published_at, created_at, updated_at)
         VALUES ('feed-angriff', ?, ?, ?, ?, '2098-06-01', 'published', ?, ?, ?)`,
      )
      .run(
        HOSTILE,
        HOSTILE,
        `${HOSTILE}\n\n[${HOSTILE}](https://example.org/mehr)`,
        HOSTILE,
        now,
        now,
        now,
      ).lastInsertRowid,
  )
  db.prepare('INSERT INTO news_links (news_id, label, url, position) VALUES (?, ?, ?, 0)').run(
    newsId,
    HOSTILE,
    'https://example.org/link',
  )
  const injected = `Termin\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:fremd\rSUMMARY:Fremd; a, b`
  const eventId = Number(
    db
      .prepare(
        `INSERT INTO events (slug, title, summary, starts_at, all_day, venue_name, status, published_at, created_at, updated_at)
         VALUES ('kalender-angriff', ?, ?, ?, 0, ?, 'published', ?, ?, ?)`,
      )
      .run(injected, injected, now + 86_400_000, injected, now, now, now).lastInsertRowid,
  )
  announce(db, ['news', 'events'])
  db.close()
  await new Promise((resolve) => setTimeout(resolve, SYNC_DELAY_MS))

  try {
    const xml = await (await request.get('/feed.xml')).text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const items: { title: string; link: string; description: string; 'content:encoded': string }[] =
      parser.parse(xml).rss.channel.item
    const newest = rows<{ slug: string }>(
      "SELECT slug FROM news WHERE status = 'published' ORDER BY date DESC, id DESC LIMIT 30",
    )
    expect(items.map((i) => new URL(i.link).pathname)).toEqual(
      newest.map((n) => `/aktuelles/${n.slug}`),
    )
    expect(items.some((i) => i.link.includes('evil.example'))).toBe(false)
    const planted = items[0]!
    expect(planted.link).toMatch(/\/aktuelles\/feed-angriff$/)
    expect(planted.title).toBe(HOSTILE)
    expect(planted.description).toBe(`${HOSTILE} – ${HOSTILE}`)
    // The body is the article's HTML as the site renders it (Markdown without raw HTML), carried
    // whole as text: it still ends where the article ends.
    const body = planted['content:encoded']
    expect(body.startsWith('<p>Angriff ]]>')).toBe(true)
    expect(body).toContain('https://example.org/mehr')
    expect(body.trimEnd().endsWith('</p>')).toBe(true)

    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(XMLValidator.validate(sitemap)).toBe(true)

    const ics = await (await request.get('/veranstaltungen/kalender.ics')).text()
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
    expect(events).toHaveLength(scalar("SELECT count(*) FROM events WHERE status = 'published'"))
    expect(events.map((e) => e.uid)).not.toContain('fremd')
    const planted2 = events.find((e) => e.uid === `veranstaltung-${eventId}@127.0.0.1`)!
    expect(planted2.summary).toBe(
      'Termin\nEND:VEVENT\nBEGIN:VEVENT\nUID:fremd\nSUMMARY:Fremd; a, b',
    )
    expect(planted2.location).toBe(planted2.summary)
  } finally {
    const cleanup = openDb(false)
    cleanup.prepare('DELETE FROM news WHERE id = ?').run(newsId)
    cleanup.prepare('DELETE FROM events WHERE id = ?').run(eventId)
    announce(cleanup, ['news', 'events'])
    cleanup.close()
    await new Promise((resolve) => setTimeout(resolve, SYNC_DELAY_MS))
  }
})
