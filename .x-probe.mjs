import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage()
const pending = new Map()
page.on('request', (r) => pending.set(r, Date.now()))
page.on('requestfinished', (r) => pending.delete(r))
page.on('requestfailed', (r) => { console.log('failed', r.url(), r.failure()?.errorText); pending.delete(r) })
try { await page.goto('http://127.0.0.1:3305' + (process.argv[2] || '/login'), { timeout: 10000 }) ; console.log('loaded') } catch (e) { console.log('timeout') }
for (const r of pending.keys()) console.log('pending', r.url())
await browser.close()
