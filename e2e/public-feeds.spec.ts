import { expect, test } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { rows, scalar } from './helpers/db'

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
  const expected = new Set([
    '/',
    '/partner',
    '/aktuelles',
    '/veranstaltungen',
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
  ])
  expect(new Set(urls)).toEqual(expected)
  expect(urls.length).toBe(expected.size)
  expect(scalar("SELECT count(*) FROM partners WHERE status = 'published'")).toBeGreaterThan(400)
})

test('robots.txt names the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text()
  expect(text).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/)
  expect(text).toContain('Disallow: /admin')
})
