import { expect, type Browser, type Page } from '@playwright/test'

/**
 * A page signed in as `role` (a storage state from auth.setup.ts). Forms keep what is typed
 * before their script has loaded, but Playwright selects and replaces a field's text faster than
 * hydration can finish: every `goto` waits until the forms are taken over.
 */
export async function backendPage(browser: Browser, role: string): Promise<Page> {
  const context = await browser.newContext({ storageState: `e2e/.auth/${role}.json` })
  const page = await context.newPage()
  const goto = page.goto.bind(page)
  page.goto = async (url, options) => {
    const response = await goto(url, options)
    await expect(page.locator('form[data-ready="false"]')).toHaveCount(0)
    return response
  }
  return page
}
