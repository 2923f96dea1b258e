import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { request } from './http'
import type { BenchOptions } from './options'
import { nodeScript, root, run } from './processes'
import { portalEnv } from './server'

/*
 * The data sets: a fresh database (migrations, the demo seed, generated partners and news), the
 * pages measured on it, and the time the importer takes for the demo profiles.
 */

export async function prepareDatabase(dir: string, partners: number, news: number) {
  fs.mkdirSync(dir, { recursive: true })
  const dbFile = path.join(dir, 'portal.db')
  const env = portalEnv(dbFile)
  const timings: Record<string, number> = {}
  timings.migrate = (await run('migrate', ...nodeScript('scripts/migrate.ts'), { env })).ms
  timings.seed = (await run('seed', ...nodeScript('scripts/seed.ts'), { env })).ms
  const fixtures = await run(
    'generate-fixtures',
    ...nodeScript('scripts/generate-fixtures.ts', [
      '--partners',
      String(partners),
      '--news',
      String(news),
      '--out',
      path.join(dir, 'fixtures'),
    ]),
    { env, timeoutMs: 20 * 60_000 },
  )
  timings.fixtures = fixtures.ms
  fs.rmSync(path.join(dir, 'fixtures'), { recursive: true, force: true })
  return { dbFile, env, timings }
}

export type Page = { key: string; label: string; path: string }

function pickSlugs(dbFile: string): { partners: string[]; news: string[] } {
  const db = new Database(dbFile, { readonly: true })
  try {
    const partners = db
      .prepare("SELECT slug FROM partners WHERE status = 'published' ORDER BY id LIMIT 20")
      .pluck()
      .all() as string[]
    const news = db
      .prepare("SELECT slug FROM news WHERE status = 'published' ORDER BY id LIMIT 20")
      .pluck()
      .all() as string[]
    return { partners, news }
  } finally {
    db.close()
  }
}

async function firstReachable(base: string, paths: string[]): Promise<string> {
  for (const candidate of paths) {
    const res = await request(base + candidate)
    if (res.status === 200) return candidate
  }
  throw new Error(`keine der Seiten antwortet mit 200: ${paths.slice(0, 3).join(', ')} …`)
}

const SEARCH_TERMS = ['Robotik', 'Sensorik', 'Maschinenbau', 'Forschung', 'Netzwerk', 'Technik']

async function pickSearchTerm(base: string): Promise<{ term: string; hits: number }> {
  let best = { term: SEARCH_TERMS[0]!, hits: 0 }
  for (const term of SEARCH_TERMS) {
    const res = await request(`${base}/partner?q=${encodeURIComponent(term)}`)
    // React separates the adjacent text parts with <!-- -->.
    const match = /([\d.]+) Partner(?:<!-- -->)?\s*zur Suche/.exec(res.body.toString('utf8'))
    const hits = match ? Number(match[1]!.replace(/\./g, '')) : 0
    if (hits >= 3) return { term, hits }
    if (hits > best.hits) best = { term, hits }
  }
  return best
}

export async function discoverPages(base: string, dbFile: string) {
  const slugs = pickSlugs(dbFile)
  const profile = await firstReachable(
    base,
    slugs.partners.map((slug) => `/partner/${slug}`),
  )
  const article = await firstReachable(
    base,
    slugs.news.map((slug) => `/aktuelles/${slug}`),
  )
  const search = await pickSearchTerm(base)
  const q = encodeURIComponent(search.term)
  const pages: Page[] = [
    { key: 'home', label: 'home', path: '/' },
    { key: 'directory', label: 'directory', path: '/partner' },
    { key: 'profile', label: 'profile', path: profile },
    { key: 'directorySearch', label: 'directory search', path: `/partner?q=${q}` },
    { key: 'newsList', label: 'news list', path: '/aktuelles' },
    { key: 'article', label: 'article', path: article },
    { key: 'events', label: 'events', path: '/veranstaltungen' },
    { key: 'siteSearch', label: 'site search', path: `/suche?q=${q}` },
    { key: 'prerendered', label: 'prerendered /impressum', path: '/impressum' },
  ]
  return { pages, searchTerm: search.term, searchHits: search.hits }
}

export async function measureImport(dir: string) {
  fs.mkdirSync(dir, { recursive: true })
  const env = portalEnv(path.join(dir, 'portal.db'))
  const seedDir = path.join('db', 'seed', 'partners')
  const files = fs
    .readdirSync(path.join(root, seedDir))
    .filter((f) => /\.(md|markdown|txt)$/.test(f))
  const result = await run('import', ...nodeScript('scripts/import.ts', [seedDir]), { env })
  const summary = result.stdout.trim().split('\n').pop() ?? ''
  return {
    command: `npm run import -- ${seedDir}`,
    profiles: files.length,
    seconds: result.ms / 1000,
    summary,
  }
}

export type DatasetSpec = { name: string; partners: number; news: number }

/** The small data set (demo + 400/400 by default) and, unless --quick, the large one. */
export function datasetSpecs(options: BenchOptions): DatasetSpec[] {
  const specs = [{ name: 'small', partners: options.partners, news: options.news }]
  if (options.largePartners > 0)
    specs.push({ name: 'large', partners: options.largePartners, news: options.largeNews })
  return specs
}

export type ImportResult = Awaited<ReturnType<typeof measureImport>>
