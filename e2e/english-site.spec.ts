import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { rows, scalar } from './helpers/db'

/*
 * The English site under /en: every public page type in English with `<html lang="en">`,
 * hreflang alternates both ways, a language switch that leads to the same page in the other
 * language, untranslated items marked `lang="de"`, no cookie, no redirect by the browser's
 * language, no serious accessibility violation, and all of it without JavaScript too.
 */

const PROFILE =
  'wissenschaftseinrichtungen-hochschulen-und-hochschulverbaende/technische-hochschule-beispielstadt'
const ARTICLE = 'delegationen-aus-katalonien-und-frankreich-zu-gast-in-owl'
const EVENT = 'digitalgipfel-owl-2020'

/** English page, its German counterpart, and the English h1. */
const PAGES: { en: string; de: string; h1: string | RegExp }[] = [
  { en: '/en', de: '/', h1: /^Clusterportal: / },
  { en: '/en/partners', de: '/partner', h1: 'Partner directory' },
  { en: '/en/partners/map', de: '/partner/karte', h1: 'Partner map' },
  {
    en: `/en/partners/${PROFILE}`,
    de: `/partner/${PROFILE}`,
    h1: /^Technische Hochschule Beispielstadt/,
  },
  { en: '/en/news', de: '/aktuelles', h1: 'News' },
  {
    en: `/en/news/${ARTICLE}`,
    de: `/aktuelles/${ARTICLE}`,
    h1: 'Delegationen aus Katalonien und Frankreich zu Gast in OWL',
  },
  { en: '/en/events', de: '/veranstaltungen', h1: 'Events' },
  { en: `/en/events/${EVENT}`, de: `/veranstaltungen/${EVENT}`, h1: /Digitalgipfel/ },
  { en: '/en/events/archive', de: '/veranstaltungen/archiv', h1: 'Past events' },
  { en: '/en/search?q=digital', de: '/suche?q=digital', h1: 'Search' },
  { en: '/en/impressum', de: '/impressum', h1: /Impressum/ },
  { en: '/en/newsletter', de: '/newsletter', h1: 'Newsletter' },
]

function pathOf(url: string) {
  const u = new URL(url)
  return `${u.pathname}${u.search}`
}

async function alternates(page: Page) {
  return page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    Object.fromEntries(
      links.map((l) => {
        const u = new URL((l as HTMLLinkElement).href)
        return [l.getAttribute('hreflang'), `${u.pathname}${u.search}`]
      }),
    ),
  )
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript'
  test(`every public page type exists in English, with lang, hreflang and the switch ${mode}`, async ({
    browser,
  }) => {
    test.setTimeout(120_000)
    const context = await browser.newContext({ javaScriptEnabled, locale: 'en-GB' })
    const page = await context.newPage()
    for (const entry of PAGES) {
      await test.step(entry.en, async () => {
        const response = await page.goto(entry.en)
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', 'en')
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.h1)
        const nav = page.getByRole('navigation', { name: 'Main navigation' })
        await expect(nav.getByRole('link', { name: 'Partners', exact: true })).toHaveAttribute(
          'href',
          '/en/partners',
        )
        const links = await alternates(page)
        expect(links).toEqual({ de: entry.de, en: pathOf(page.url()), 'x-default': entry.de })

        const toGerman = page.getByRole('link', { name: 'Deutsch', exact: true })
        await expect(toGerman).toHaveAttribute('hreflang', 'de')
        await toGerman.click()
        await expect(page).toHaveURL((url) => pathOf(url.href) === entry.de)
        await expect(page.locator('html')).toHaveAttribute('lang', 'de')
        expect((await alternates(page)).en).toBe(links.en)

        await page.getByRole('link', { name: 'English', exact: true }).click()
        await expect(page).toHaveURL((url) => pathOf(url.href) === links.en)
        await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      })
    }
    expect(await context.cookies()).toEqual([])
    await context.close()
  })
}

test('English pages use English dates and times', async ({ page }) => {
  await page.goto(`/en/news/${ARTICLE}`)
  await expect(page.locator('article time').first()).toHaveText('Paderborn, 8 July 2016')
  await page.goto(`/en/events/${EVENT}`)
  await expect(page.locator('dl time')).toHaveText(/^[A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ \d{4}/)
  await expect(page.locator('dl time')).toContainText(/Central European|all day/)
})

test('items without an English version are shown in German, marked and noted', async ({ page }) => {
  const untranslated = rows<{ slug: string; title: string }>(
    "SELECT slug, title FROM news WHERE status = 'published' ORDER BY date DESC, id DESC LIMIT 10",
  )
  await page.goto('/en/news')
  let marked = 0
  for (const item of untranslated) {
    const link = page.locator(`main ol a[href$="/${item.slug}"]`)
    if ((await link.getAttribute('lang')) !== 'de') continue
    marked++
    await expect(link).toHaveText(item.title)
    await expect(link.locator('xpath=..')).toContainText('in German')
    await expect(link.locator('xpath=..').locator('span[lang="en"]')).toHaveText('in German')
  }
  expect(marked).toBeGreaterThan(0)

  await page.goto(`/en/news/${ARTICLE}`)
  if (new URL(page.url()).pathname === `/en/news/${ARTICLE}`) {
    // Still the German text: the page is the German one in the English interface.
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'de')
    await expect(page.locator('.prose')).toHaveAttribute('lang', 'de')
    await expect(page.getByRole('link', { name: 'News', exact: true }).first()).toBeVisible()
  }
})

test('no page sets a cookie and none redirects by the browser language', async ({ browser }) => {
  for (const [acceptLanguage, path, lang] of [
    ['en-GB,en;q=0.9', '/', 'de'],
    ['en-US,en;q=0.9', '/partner', 'de'],
    ['de-DE,de;q=0.9', '/en', 'en'],
    ['de-DE,de;q=0.9', '/en/news', 'en'],
  ] as const) {
    const context = await browser.newContext({
      extraHTTPHeaders: { 'Accept-Language': acceptLanguage },
    })
    const page = await context.newPage()
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    expect(response?.request().redirectedFrom()).toBeNull()
    expect(new URL(page.url()).pathname).toBe(path)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    expect(await response?.headerValue('set-cookie')).toBeNull()
    expect(await context.cookies()).toEqual([])
    await context.close()
  }
})

test('unknown English addresses answer 404 with the English page', async ({ browser }) => {
  for (const javaScriptEnabled of [false, true]) {
    for (const path of ['/en/news/does-not-exist', '/en/partners/no/where', '/en/a/b/c']) {
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
      await expect(page.getByRole('banner')).toHaveCount(1)
      await context.close()
    }
  }
})

test('no serious or critical accessibility violations on the English pages', async ({ page }) => {
  test.setTimeout(90_000)
  for (const entry of PAGES) {
    await test.step(entry.en, async () => {
      await page.goto(entry.en)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      const severe = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      )
      expect(
        severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
    })
  }
})

const parser = new XMLParser({ ignoreAttributes: false })

test('the English feed is valid RSS in English linking the English pages', async ({ request }) => {
  const response = await request.get('/en/feed.xml')
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const xml = await response.text()
  expect(XMLValidator.validate(xml)).toBe(true)
  const channel = parser.parse(xml).rss.channel
  expect(channel.language).toBe('en')
  expect(channel.title).toBe('Clusterportal – News')
  const items = Array.isArray(channel.item) ? channel.item : [channel.item]
  const newest = rows<{ slug: string }>(
    "SELECT slug FROM news WHERE status = 'published' ORDER BY date DESC, id DESC LIMIT 30",
  )
  expect(items).toHaveLength(newest.length)
  for (const item of items) expect(new URL(item.link).pathname).toMatch(/^\/en\/news\/[a-z0-9-]+$/)
  const german = parser.parse(await (await request.get('/feed.xml')).text()).rss.channel
  expect(german.language).toBe('de')
  expect(new URL(german.item[0].link).pathname).toMatch(/^\/aktuelles\//)
})

test('the English calendar feed parses and links the English event pages', async ({ request }) => {
  const text = await (await request.get('/en/events/calendar.ics')).text()
  const calendar = new ICAL.Component(ICAL.parse(text))
  expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Clusterportal – Events')
  const events = calendar.getAllSubcomponents('vevent')
  expect(events.length).toBe(scalar("SELECT count(*) FROM events WHERE status = 'published'"))
  for (const event of events)
    expect(new URL(String(event.getFirstPropertyValue('url'))).pathname).toMatch(/^\/en\/events\//)
  const one = await request.get(`/en/events/${EVENT}/calendar.ics`)
  expect(one.status()).toBe(200)
  const single = new ICAL.Component(ICAL.parse(await one.text()))
  expect(single.getAllSubcomponents('vevent')).toHaveLength(1)
})

test('the sitemap lists both languages with xhtml:link alternates', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  expect(XMLValidator.validate(xml)).toBe(true)
  const entries: { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[] =
    parser.parse(xml).urlset.url
  const byPath = new Map(entries.map((e) => [new URL(e.loc).pathname, e]))
  for (const [de, en] of [
    ['/', '/en'],
    ['/partner', '/en/partners'],
    ['/partner/karte', '/en/partners/map'],
    ['/newsletter', '/en/newsletter'],
    [`/aktuelles/${ARTICLE}`, null],
    [`/partner/${PROFILE}`, null],
  ] as const) {
    const entry = byPath.get(de)
    expect(entry, de).toBeDefined()
    const links = Object.fromEntries(
      entry!['xhtml:link'].map((l) => [l['@_hreflang'], new URL(l['@_href']).pathname]),
    )
    expect(links.de).toBe(de)
    expect(links['x-default']).toBe(de)
    if (en) expect(links.en).toBe(en)
    expect(links.en).toMatch(/^\/en(\/|$)/)
    // The English page is listed too, with the same alternates.
    const english = byPath.get(links.en!)
    expect(english, links.en).toBeDefined()
    expect(english!['xhtml:link'].map((l) => l['@_hreflang']).sort()).toEqual([
      'de',
      'en',
      'x-default',
    ])
  }
})

test('structured data names the language of the text', async ({ page }) => {
  const read = async () =>
    JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
  await page.goto(`/aktuelles/${ARTICLE}`)
  expect((await read()).inLanguage).toBe('de-DE')
  await page.goto(`/en/news/${ARTICLE}`)
  const english = await read()
  expect(english.inLanguage).toMatch(/^(de-DE|en)$/)
  expect(new URL(english.url).pathname).toMatch(/^\/en\/news\//)
})
