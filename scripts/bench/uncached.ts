import { createRequire } from 'node:module'
import path from 'node:path'
import Database from 'better-sqlite3'
import { root } from './processes'

/*
 * Load that no cache can answer: every request asks for an address not asked before (a
 * different search word, the next page of the directory), so each one is rendered. The words
 * come from the database under test, so most searches find something, which is what a visitor
 * or a crawler costs; a search without hits costs half as much.
 */

/**
 * One load run. `requests` counts every answer, `ok` only the 2xx ones, and the latencies are
 * those of the 2xx answers: a refusal (429, 503) costs next to nothing and would otherwise count
 * as a fast render.
 */
export type UncachedSample = {
  requests: number
  ok: number
  seconds: number
  p50: number
  p99: number
  /** p99 of every answer, refusals included. */
  p99All: number
  errors: number
  non2xx: number
  status5xx: number
  status429: number
  status503: number
  bytes: number
}

/** Successful answers per second. */
export const okRate = (s: { ok: number; seconds: number }) => (s.seconds > 0 ? s.ok / s.seconds : 0)

/** Rounds of one kind as one sample: counts and time summed, the worst round's latencies. */
export function combineSamples(samples: UncachedSample[]): UncachedSample {
  const sum = (key: keyof UncachedSample) => samples.reduce((total, s) => total + s[key], 0)
  const worst = (key: keyof UncachedSample) => Math.max(0, ...samples.map((s) => s[key]))
  const requests = sum('requests')
  return {
    requests,
    ok: sum('ok'),
    seconds: sum('seconds'),
    p50: worst('p50'),
    p99: worst('p99'),
    p99All: worst('p99All'),
    errors: sum('errors'),
    non2xx: sum('non2xx'),
    status5xx: sum('status5xx'),
    status429: sum('status429'),
    status503: sum('status503'),
    bytes: requests > 0 ? samples.reduce((t, s) => t + s.bytes * s.requests, 0) / requests : 0,
  }
}

export type Answer = { status: number; ms: number }

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/** The answers of a run by status, and the latencies of the successful ones. */
export function tallyAnswers(answers: Answer[]) {
  const count = (test: (status: number) => boolean) => answers.filter((a) => test(a.status)).length
  const okMs = answers
    .filter((a) => a.status >= 200 && a.status < 300)
    .map((a) => a.ms)
    .sort((a, b) => a - b)
  const allMs = answers.map((a) => a.ms).sort((a, b) => a - b)
  return {
    ok: okMs.length,
    status429: count((s) => s === 429),
    status503: count((s) => s === 503),
    status5xx: count((s) => s >= 500),
    non2xx: answers.length - okMs.length,
    p50: percentile(okMs, 50),
    p99: percentile(okMs, 99),
    p99All: percentile(allMs, 99),
  }
}

type CannonRequest = { path?: string; headers?: Record<string, string> }
type CannonResult = {
  requests: { total: number }
  latency: { p50: number; p99: number }
  throughput: { total: number }
  duration: number
  errors: number
  non2xx: number
  '5xx': number
  statusCodeStats?: Record<string, { count: number }>
}
type Tracker = Promise<CannonResult> & {
  on: (
    event: 'response',
    listener: (client: unknown, status: number, bytes: number, ms: number) => void,
  ) => void
}
type Cannon = (options: {
  url: string
  connections: number
  duration: number
  pipelining: number
  timeout: number
  headers?: Record<string, string>
  requests?: { setupRequest: (req: CannonRequest) => CannonRequest }[]
}) => Tracker
const autocannon = createRequire(path.join(root, 'package.json'))('autocannon') as Cannon

/** Words of the published partners' names, cities and texts, in a fixed shuffled order. */
export function vocabulary(dbFile: string, limit = 20000): string[] {
  const db = new Database(dbFile, { readonly: true })
  try {
    const texts = db
      .prepare(
        "SELECT name || ' ' || coalesce(city, '') || ' ' || substr(body, 1, 2000) FROM partners WHERE status = 'published'",
      )
      .pluck()
      .all() as string[]
    const words = new Set<string>()
    for (const text of texts)
      for (const word of text.match(/\p{L}{5,}/gu) ?? []) words.add(word.toLowerCase())
    return shuffle([...words]).slice(0, limit)
  } finally {
    db.close()
  }
}

/** Deterministic order (a fixed seed), so two runs ask the same questions. */
function shuffle<T>(list: T[]): T[] {
  let seed = 12345
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[list[i], list[j]] = [list[j]!, list[i]!]
  }
  return list
}

/**
 * An endless supply of queries never asked before: the words, then the words cut to shorter
 * prefixes (which still match as prefixes), then pairs of words.
 */
export function uniqueQueries(words: string[]): () => string {
  if (words.length === 0) throw new Error('keine Wörter für Suchanfragen in der Datenbank')
  function* candidates(): Generator<string, never> {
    yield* words
    for (let cut = 1; cut < 30; cut++)
      for (const word of words) if (word.length - cut >= 4) yield word.slice(0, word.length - cut)
    for (let gap = 1; gap < words.length; gap++)
      for (let i = 0; i < words.length; i++)
        yield `${words[i]!} ${words[(i + gap) % words.length]!}`
    // Only for a tiny vocabulary: searches that find nothing, which cost less.
    for (let n = 1; ; n++) for (const word of words) yield `${word} ${n}`
  }
  const asked = new Set<string>()
  const supply = candidates()
  return () => {
    for (;;) {
      const query = supply.next().value
      if (asked.has(query)) continue
      asked.add(query)
      return query
    }
  }
}

/**
 * `ways` supplies of queries from one: each takes its n-th query from the same draw of `ways`
 * queries, so runs that are compared with each other get words of the same kind (the later
 * words of uniqueQueries are prefixes and pairs, which cost differently) and never the same word.
 */
export function splitSupply(next: () => string, ways: number): (() => string)[] {
  const queues: string[][] = Array.from({ length: ways }, () => [])
  return queues.map((queue) => () => {
    if (queue.length === 0) for (const q of queues) q.push(next())
    return queue.shift()!
  })
}

export type NextRequest = () => { path: string; headers?: Record<string, string> }

/**
 * Runs autocannon with a new request for every request; counts the answers by status and takes
 * the latencies of the successful ones.
 */
export async function loadRequests(
  base: string,
  nextRequest: NextRequest,
  seconds: number,
  connections: number,
): Promise<UncachedSample> {
  const answers: Answer[] = []
  const run = autocannon({
    url: base,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        setupRequest: (req) => {
          const next = nextRequest()
          return { ...req, path: next.path, headers: { ...req.headers, ...next.headers } }
        },
      },
    ],
  })
  run.on('response', (_client, status, _bytes, ms) => answers.push({ status, ms }))
  const result = await run
  return {
    requests: answers.length,
    seconds: result.duration,
    ...tallyAnswers(answers),
    errors: result.errors,
    bytes: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  }
}

// Counted across the whole run, so no address comes back in a later measurement and meets a
// search budget that an earlier one used up.
let visitors = 0

/** Each request from another visitor (the bench's server trusts one proxy hop). */
export function fromManyVisitors(nextPath: () => string): NextRequest {
  return () => {
    const i = visitors++
    return {
      path: nextPath(),
      headers: { 'x-forwarded-for': `198.19.${(i >> 8) & 255}.${i & 255}` },
    }
  }
}

/** Every request from the same address. */
export function fromOneAddress(nextPath: () => string, address: string): NextRequest {
  return () => ({ path: nextPath(), headers: { 'x-forwarded-for': address } })
}

/** The given paths in turn. */
export function cycle(paths: string[]): () => string {
  let n = 0
  return () => paths[n++ % paths.length]!
}

export const directorySearchPath = (next: () => string) => () =>
  `/partner?q=${encodeURIComponent(next())}`
export const siteSearchPath = (next: () => string) => () => `/suche?q=${encodeURIComponent(next())}`

/** A crawler following the directory's pagination: page 1, 2, …, then by category and letter. */
export function crawlerPaths(pageCount: number, categories: string[]): () => string {
  let index = 0
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => `buchstabe=${letter}&`)
  const variants = [
    '',
    ...categories.map((slug) => `kategorie=${slug}&`),
    ...letters,
    ...categories.flatMap((slug) => letters.map((letter) => `kategorie=${slug}&${letter}`)),
  ]
  return () => {
    const n = index++
    const variant = variants[Math.floor(n / pageCount) % variants.length]!
    return `/partner?${variant}seite=${(n % pageCount) + 1}`
  }
}

export function categorySlugs(dbFile: string): string[] {
  const db = new Database(dbFile, { readonly: true })
  try {
    return db.prepare('SELECT slug FROM categories ORDER BY sort_order').pluck().all() as string[]
  } finally {
    db.close()
  }
}

/** Pages of the whole directory (24 partners each). */
export function directoryPageCount(dbFile: string): number {
  const db = new Database(dbFile, { readonly: true })
  try {
    const n = db.prepare("SELECT count(*) FROM partners WHERE status = 'published'").pluck().get()
    return Math.max(1, Math.ceil(Number(n) / 24))
  } finally {
    db.close()
  }
}
