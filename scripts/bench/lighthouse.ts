import fs from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Page } from './datasets'
import { request } from './http'
import { log } from './log'
import { freePort, root, run, startProcess, stopProc } from './processes'

/*
 * Lighthouse (mobile, simulated throttling) against one headless Chromium that resolves no host
 * but the portal's; with several runs per page, the run with the median performance score counts.
 */

const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  '--mute-audio',
  // Offline: any host other than the portal's fails at once instead of waiting for a network.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
]

export type LighthouseScore = {
  page: string
  label: string
  path: string
  scores: Record<string, number | null>
  metrics: Record<string, number | null>
  failing: Record<string, string[]>
  runs: number
  error?: string
}

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode?: string }>
  runtimeError?: { message: string }
}

/** Scores, metrics and the weighted audits below 0.9 of one Lighthouse report. */
function readReport(lhr: Lhr): Pick<LighthouseScore, 'scores' | 'metrics' | 'failing' | 'error'> {
  const scores: Record<string, number | null> = {}
  const failing: Record<string, string[]> = {}
  for (const category of LIGHTHOUSE_CATEGORIES) {
    const entry = lhr.categories[category]
    scores[category] =
      entry?.score === null || entry === undefined ? null : Math.round(entry.score * 100)
    failing[category] = (entry?.auditRefs ?? [])
      .filter((ref) => {
        const audit = lhr.audits[ref.id]
        return ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9
      })
      .map((ref) => `${ref.id} (${lhr.audits[ref.id]!.score})`)
  }
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? null
  return {
    scores,
    metrics: {
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      speedIndexMs: metric('speed-index'),
      serverResponseMs: metric('server-response-time'),
    },
    failing,
    error: lhr.runtimeError?.message,
  }
}

type Browser = { chrome: string; cli: string; port: number }

async function auditOnce(
  browser: Browser,
  base: string,
  page: Page,
  output: string,
): Promise<LighthouseScore> {
  const result = await run(
    `lighthouse ${page.path}`,
    process.execPath,
    [
      browser.cli,
      base + page.path,
      `--port=${browser.port}`,
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
      '--disable-full-page-screenshot',
      '--max-wait-for-load=45000',
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: browser.chrome }, timeoutMs: 180_000, check: false },
  )
  const about = { page: page.key, label: page.label, path: page.path }
  if (result.code !== 0 || !fs.existsSync(output))
    return {
      ...about,
      scores: {},
      metrics: {},
      failing: {},
      runs: 1,
      error: `${result.stderr}`.trim().split('\n').slice(-3).join(' ') || `Status ${result.code}`,
    }
  const { scores, metrics, failing, error } = readReport(
    JSON.parse(fs.readFileSync(output, 'utf8')) as Lhr,
  )
  return { ...about, scores, metrics, failing, runs: 1, error }
}

/** The page's runs; the run with the median performance score stands for the page. */
async function auditPage(
  browser: Browser,
  base: string,
  page: Page,
  dir: string,
  runs: number,
): Promise<LighthouseScore> {
  const reports: LighthouseScore[] = []
  for (let i = 0; i < runs; i++) {
    const output = path.join(dir, `lighthouse-${page.key}-${i}.json`)
    let report = await auditOnce(browser, base, page, output)
    // Lighthouse now and then fails to record a trace (NO_NAVSTART): one more try.
    if (report.error) {
      log(`  Lighthouse ${page.path}: ${report.error.slice(0, 80)} – neuer Versuch`)
      report = await auditOnce(browser, base, page, output)
    }
    reports.push(report)
  }
  const ok = reports.filter((r) => !r.error)
  if (ok.length === 0) return reports[0]!
  ok.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))
  return { ...ok[Math.floor((ok.length - 1) / 2)]!, runs: ok.length }
}

export async function lighthouse(base: string, pages: Page[], dir: string, runs: number) {
  const chrome = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!fs.existsSync(chrome))
    throw new Error(
      `Chromium nicht gefunden (${chrome}); CHROME_PATH setzen oder --skip-lighthouse`,
    )
  const cli = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js')
  if (!fs.existsSync(cli)) throw new Error('lighthouse fehlt: npm install')
  const port = await freePort()
  const profile = path.join(dir, 'chrome-profile')
  fs.mkdirSync(profile, { recursive: true })
  const browser = startProcess(
    'chromium',
    chrome,
    [
      ...CHROME_FLAGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  )
  const results: LighthouseScore[] = []
  try {
    const deadline = Date.now() + 30_000
    for (;;) {
      try {
        if (
          (await request(`http://127.0.0.1:${port}/json/version`, { timeoutMs: 2000 })).status ===
          200
        )
          break
      } catch {
        // starting
      }
      if (browser.done || Date.now() > deadline) throw new Error('Chromium startet nicht')
      await sleep(200)
    }
    for (const page of pages)
      results.push(await auditPage({ chrome, cli, port }, base, page, dir, runs))
  } finally {
    await stopProc(browser)
  }
  return results
}
