import { spawn } from 'node:child_process'
import { expect, request, test, type Page } from '@playwright/test'
import { decoded, headersOf, startSmtpServer } from '../tests/helpers/smtp-server'
import { E2E_DB_FILE, openDb, scalar } from './helpers/db'

/*
 * The newsletter on the English site: the form on /en/newsletter and in the English footer,
 * with and without JavaScript, no cookie; the subscriber's language decides the language of the
 * confirmation mail and of the pages its link leads to. The e2e server runs without SMTP_URL, so
 * the mails are sent by a sender process as the server runs it (tests/helpers/outbox-child.ts)
 * against the e2e database, into a real SMTP server on 127.0.0.1.
 */

const ANSWER = /If the address is not subscribed yet, you will receive an e-mail/

type Smtp = Awaited<ReturnType<typeof startSmtpServer>>

/** Sends everything waiting in the outbox, as the server's sender would with SMTP_URL set. */
async function sendOutbox(smtp: Smtp, siteUrl: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'tests/helpers/outbox-child.ts', E2E_DB_FILE],
    {
      env: { ...process.env, SMTP_URL: smtp.url, SITE_URL: siteUrl, MAIL_RATE_PER_MINUTE: '6000' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  expect(code).toBe(0)
}

const column = (name: string, email: string) =>
  scalar<string>(`SELECT ${name} FROM newsletter_subscribers WHERE email = ?`, email)

async function subscribeOn(page: Page, path: string, email: string, labels: RegExp[]) {
  await page.goto(path)
  const form = page.locator('main form')
  await form.getByLabel(labels[0]!).fill(email)
  await form.getByRole('button', { name: labels[1]! }).click()
}

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript'
  test(`subscribing on /en/newsletter ${mode}: English answer, English consent, no cookie`, async ({
    browser,
  }) => {
    const email = `english.${javaScriptEnabled ? 'js' : 'nojs'}@example.org`
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto('/en/newsletter')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsletter')
    await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute(
      'href',
      /\/newsletter$/,
    )
    await expect(page.getByRole('link', { name: 'Deutsch', exact: true })).toHaveAttribute(
      'href',
      '/newsletter',
    )
    const form = page.locator('main form')
    await form.getByLabel('E-mail address').fill('not an address')
    await form.getByRole('button', { name: 'Subscribe to the newsletter' }).click()
    await expect(
      page.locator('main').getByText('Please enter a valid e-mail address.'),
    ).toBeVisible()
    await page.locator('main form').getByLabel('E-mail address').fill(email)
    await page.locator('main form').getByLabel('Events').uncheck()
    await page
      .locator('main form')
      .getByRole('button', { name: 'Subscribe to the newsletter' })
      .click()
    await expect(page.locator('main').getByText(ANSWER)).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    expect(column('state', email)).toBe('pending')
    expect(column('locale', email)).toBe('en')
    expect(column('topics', email)).toBe('["news"]')
    expect(column('consent_text', email)).toMatch(/^I would like to receive the newsletter/)
    expect(await context.cookies()).toEqual([])
    await context.close()
  })
}

test('the English footer offers the newsletter in English', async ({ page }) => {
  await page.goto('/en')
  const footer = page.locator('footer')
  await expect(footer.getByRole('heading', { name: 'Newsletter' })).toBeVisible()
  await footer.getByLabel('E-mail address').fill('english.footer@example.org')
  await footer.getByRole('button', { name: 'Subscribe', exact: true }).click()
  await expect(footer.getByText(ANSWER)).toBeVisible()
  expect(column('locale', 'english.footer@example.org')).toBe('en')
})

test('the confirmation mail comes in the subscriber’s language and its link confirms on a page of that language', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000)
  const smtp = await startSmtpServer()
  try {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await subscribeOn(page, '/en/newsletter', 'mail.english@example.org', [
      /E-mail address/,
      /Subscribe to the newsletter/,
    ])
    await expect(page.locator('main').getByText(ANSWER)).toBeVisible()
    await subscribeOn(page, '/newsletter', 'mail.deutsch@example.org', [
      /E-Mail-Adresse/,
      /Newsletter abonnieren/,
    ])
    await expect(
      page.locator('main').getByText(/Wenn die Adresse noch nicht angemeldet/),
    ).toBeVisible()
    await sendOutbox(smtp, baseURL!)

    const english = smtp.received.find((m) => m.to.includes('mail.english@example.org'))
    expect(english, 'English confirmation mail').toBeDefined()
    expect(headersOf(english!.raw)['subject']).toBe('Please confirm your newsletter subscription')
    const englishLink = decoded(english!.raw).match(
      /(http:\/\/[^\s"]+\/en\/newsletter\/confirm\?token=[\w-]+)/,
    )?.[1]
    expect(englishLink).toBeTruthy()
    await page.goto(englishLink!)
    await expect(page).toHaveURL(/\/en\/newsletter\/confirmed$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Subscription confirmed')
    expect(column('state', 'mail.english@example.org')).toBe('confirmed')
    // The link works once only: again, it is refused in English.
    await page.goto(englishLink!)
    await expect(page).toHaveURL(/\/en\/newsletter\/invalid-link$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invalid link')

    const german = smtp.received.find((m) => m.to.includes('mail.deutsch@example.org'))
    expect(german, 'German confirmation mail').toBeDefined()
    expect(decoded(german!.raw)).toContain('Guten Tag')
    const germanLink = decoded(german!.raw).match(
      /(http:\/\/[^\s"]+\/newsletter\/bestaetigen\?token=[\w-]+)/,
    )?.[1]
    expect(germanLink).toBeTruthy()
    expect(germanLink).not.toContain('/en/')
    await page.goto(germanLink!)
    await expect(page).toHaveURL(/\/newsletter\/bestaetigt$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmeldung bestätigt')
    expect(column('state', 'mail.deutsch@example.org')).toBe('confirmed')
    expect(await context.cookies()).toEqual([])
    await context.close()
  } finally {
    await smtp.close()
  }
})

function plantEnglishSubscriber(email: string, key: string): void {
  const db = openDb(false)
  try {
    const at = Date.now()
    db.prepare(
      "INSERT INTO newsletter_subscribers (email, state, topics, locale, manage_key, requested_at, confirmed_at, consent_text, created_at, updated_at) VALUES (?, 'confirmed', '[\"news\"]', 'en', ?, ?, ?, 'Consent (e2e)', ?, ?)",
    ).run(email, key, at, at, at, at)
  } finally {
    db.close()
  }
}

test('an English subscriber changes topics and unsubscribes on English pages', async ({
  browser,
}) => {
  plantEnglishSubscriber('pages.english@example.org', 'e2e-english-pages-key-0123456789')
  const key = 'e2e-english-pages-key-0123456789'
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`/en/newsletter/settings?key=${key}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change newsletter topics')
  await page.locator('main').getByLabel('Events').check()
  await page.getByRole('button', { name: 'Save topics' }).click()
  await expect.poll(() => column('topics', 'pages.english@example.org')).toBe('["news","events"]')

  await page.goto(`/en/newsletter/unsubscribe?key=${key}`)
  // Opening the link alone changes nothing (mail scanners open links).
  expect(column('state', 'pages.english@example.org')).toBe('confirmed')
  await page.getByRole('button', { name: 'Unsubscribe now' }).click()
  await expect(page).toHaveURL(/\/en\/newsletter\/unsubscribed$/)
  await expect(page.getByText('You are unsubscribed')).toBeVisible()
  expect(column('state', 'pages.english@example.org')).toBe('unsubscribed')
  expect(await context.cookies()).toEqual([])
  await context.close()
})

test('one-click unsubscribe from an English mail: a POST without cookies and without Origin', async () => {
  plantEnglishSubscriber('click.english@example.org', 'e2e-english-click-key-0123456789')
  const context = await request.newContext()
  const response = await context.post(
    '/en/newsletter/unsubscribe/one-click?key=e2e-english-click-key-0123456789',
    {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: 'List-Unsubscribe=One-Click',
      maxRedirects: 0,
    },
  )
  expect(response.status()).toBe(200)
  expect(await response.text()).toBe('Unsubscribed.\n')
  expect(response.headers()['set-cookie']).toBeUndefined()
  expect(column('state', 'click.english@example.org')).toBe('unsubscribed')
  await context.dispose()
})
