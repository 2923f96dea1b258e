import { expect, test, type Page } from '@playwright/test'
import { scalar } from './helpers/db'
import { PUBLIC_PAGES } from './helpers/public-pages'

/*
 * A phone-sized screen (360 × 740): no page scrolls sideways or cuts anything off, the header
 * takes two lines at most, and the directory shows its first result on the first screen, with
 * the category filter folded behind a control that works without JavaScript.
 */

const PHONE = { width: 360, height: 740 }

function pageTypes(): string[] {
  const withoutQuote = scalar<string>(
    "SELECT slug FROM partners WHERE status = 'published' AND quote_text IS NULL ORDER BY id LIMIT 1",
  )
  return [...PUBLIC_PAGES, `/partner/${withoutQuote}`, '/datenschutz', '/login']
}

/** How many lines the header's links and controls take. */
function headerLines(page: Page): Promise<number> {
  return page.getByRole('banner').evaluate((header) => {
    const boxes = [...header.querySelectorAll('a, button, input')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 2 && box.height > 2)
      .sort((a, b) => a.top - b.top)
    let lines = 0
    let bottom = -Infinity
    for (const box of boxes) {
      if (box.top >= bottom - 1) {
        lines++
        bottom = box.bottom
      } else bottom = Math.max(bottom, box.bottom)
    }
    return lines
  })
}

/** Elements whose right edge lies beyond the screen (cut off or scrolling the page). */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const found: string[] = []
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      // Inside a region that scrolls on its own (the letter index) is fine; the page itself must not.
      let scroller: HTMLElement | null = element.parentElement
      let scrolls = false
      while (scroller && scroller !== document.body) {
        const style = getComputedStyle(scroller)
        if (/(auto|scroll)/.test(style.overflowX)) scrolls = true
        scroller = scroller.parentElement
      }
      if (!scrolls && box.right > width + 0.5 && !element.closest('.sr-only'))
        found.push(
          `${element.tagName.toLowerCase()} "${(element.textContent || '').trim().slice(0, 40)}"`,
        )
    }
    return found.slice(0, 5)
  })
}

for (const javaScriptEnabled of [true, false]) {
  test(`every public page type fits a phone screen ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
    browser,
  }) => {
    test.setTimeout(120_000)
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled })
    const page = await context.newPage()
    for (const path of pageTypes()) {
      await test.step(path, async () => {
        await page.goto(path)
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(PHONE.width)
        expect(await cutOff(page), `${path}: cut off`).toEqual([])
        expect(await headerLines(page), `${path}: header lines`).toBeLessThanOrEqual(2)
      })
    }
    await context.close()
  })
}

test('the directory shows its first result on the first phone screen, filters folded', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/partner')
  const results = page.getByRole('region', { name: 'Ergebnisse' }).getByRole('listitem')
  const first = await results.first().boundingBox()
  expect(first, 'a first result').not.toBeNull()
  expect(first!.y).toBeLessThan(PHONE.height)

  // The letter index is one line that scrolls on its own.
  const letters = page
    .getByRole('navigation', { name: 'Nach Anfangsbuchstabe' })
    .getByRole('listitem')
  const tops = await letters.evaluateAll((items) =>
    items.map((item) => Math.round(item.getBoundingClientRect().top)),
  )
  expect(new Set(tops).size).toBe(1)

  // The categories are behind "Filter", which opens without JavaScript.
  const categories = page.getByRole('navigation', { name: 'Kategorien' })
  const someCategory = categories.getByRole('link').nth(1)
  await expect(someCategory).toBeHidden()
  await page.getByText('Filter', { exact: true }).click()
  await expect(someCategory).toBeVisible()
  await someCategory.click()
  await expect(page).toHaveURL(/kategorie=/)
  await context.close()
})

test('on a wide screen the categories show without opening anything', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled: false,
  })
  const page = await context.newPage()
  await page.goto('/partner')
  const categories = page.getByRole('navigation', { name: 'Kategorien' })
  await expect(categories.getByRole('link').nth(1)).toBeVisible()
  await expect(page.getByText('Filter', { exact: true })).toBeHidden()
  await context.close()
})
