import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const PAGES = [
  '/',
  '/partner',
  '/partner?q=hochschule&buchstabe=H',
  '/partner/wissenschaftseinrichtungen-hochschulen-und-hochschulverbaende/technische-hochschule-beispielstadt',
  '/aktuelles',
  '/aktuelles/delegationen-aus-katalonien-und-frankreich-zu-gast-in-owl',
  '/aktuelles/go-cluster-vorhang-auf-fuer-clusterinitiativen',
  '/veranstaltungen',
  '/veranstaltungen/digitalgipfel-owl-2020',
  '/veranstaltungen/archiv',
  '/suche?q=digital',
  '/suche',
  '/impressum',
  '/gibt-es-nicht',
]

for (const path of PAGES) {
  test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    const severe = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    )
    expect(
      severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
    await expect(page.locator('h1')).toHaveCount(1)
  })
}

test('a phone-sized screen does not scroll sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  for (const path of [
    '/',
    '/partner',
    '/aktuelles/zwei-neue-clustermanager-automotive-nrw-und-maschinenbau-produktionstechnik-nrw',
    '/veranstaltungen',
  ]) {
    await page.goto(path)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
  await context.close()
})
