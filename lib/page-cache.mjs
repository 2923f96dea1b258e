// A small in-process cache of finished public pages, in front of Next.js (used by server.mjs).
//
// Every public read is cached by tag already, but a page that reads its query string (the
// directory, the news list, search) is still rendered to HTML on each request, which costs ten
// times what serving a stored page costs. This cache keeps the finished bytes of anonymous GET
// requests for public pages and is emptied whenever any cache tag expires (db/cache-sync.ts calls
// `clear()`: every editorial write, every import, every scheduled change), so a visitor never
// gets a page older than the database. A request that was rendering while the cache was emptied
// is not stored. Only addresses the pages understand are stored (known query parameters, a length
// limit), and everything an entry holds counts against the size bound, so made-up addresses can
// neither multiply one page nor fill memory.

import { HTML_LIMITED_BOTS } from './html-limited-bots.mjs'

export const PAGE_CACHE_KEY = Symbol.for('clusterportal.pageCache')

/** Paths never served from or stored in the cache: the backend, login, APIs, assets, images. */
const UNCACHED_PATH =
  /^\/(?:admin|login|logout|passwort-setzen|passwort-vergessen|api|_next|bilder)(?:[/?]|$)/

/**
 * The query parameters each public page reads (app/(public)/…/page.tsx through
 * lib/validation/public-query.ts). Only these make a different page; an address with any other
 * parameter, or a parameter twice, is rendered but not stored, so made-up parameters cannot fill
 * the cache with copies of the same page.
 */
export const CACHEABLE_QUERY = {
  '/partner': ['q', 'kategorie', 'buchstabe', 'seite'],
  '/aktuelles': ['jahr', 'tag', 'seite'],
  '/suche': ['q'],
  '/veranstaltungen/archiv': ['seite'],
}

/** Longer addresses are never stored; the portal's own links stay far below this. */
export const MAX_CACHED_URL_LENGTH = 2048

/**
 * Request headers that make Next render something else for the same address: its client router
 * and server actions, its own prefetch protocols, and a Content-Security-Policy request header,
 * whose nonce Next copies into every script tag. Such a request is rendered for its sender only.
 */
const RENDERING_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
  'next-hmr-refresh',
  'x-middleware-prefetch',
  'x-prerender-revalidate',
  'x-now-route-matches',
  'x-nonce',
  'content-security-policy',
  'content-security-policy-report-only',
]

/**
 * Next renders metadata into <head> for crawlers that cannot wait for streamed HTML (the list
 * next.config.ts hands to Next as `htmlLimitedBots`), and Googlebot gets a render of its own, so
 * those are kept apart from what browsers get.
 */
const DOM_BOT = /Googlebot(?!-)|Googlebot$/i

/** Response `Vary` names the key already accounts for (the router headers are never present). */
const KEYED_VARY = new Set(['accept-encoding', ...RENDERING_HEADERS])

/** Headers that describe one connection or one delivery, not the page. */
const NOT_STORED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'strict-transport-security',
  'set-cookie',
])

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/
/** Next's draft mode renders unpublished data for whoever holds these cookies. */
const PREVIEW_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/

/** Bookkeeping per stored page (the Map slot, the entry object, its strings), in bytes. */
const ENTRY_OVERHEAD = 256

/**
 * The page the address names, with its known query parameters decoded, sorted and encoded
 * again, so `?seite=2&q=a` and `?q=a&seite=2` are one page; null when it must not be stored.
 * @param {string} url
 */
export function normalisedAddress(url) {
  if (url.length > MAX_CACHED_URL_LENGTH) return null
  const mark = url.indexOf('?')
  const path = mark === -1 ? url : url.slice(0, mark)
  const query = mark === -1 ? '' : url.slice(mark + 1)
  if (!path.startsWith('/') || path.includes('#')) return null
  if (query === '') return path
  /** @type {readonly string[]} */
  const known = CACHEABLE_QUERY[/** @type {keyof typeof CACHEABLE_QUERY} */ (path)] ?? []
  const params = new URLSearchParams(query)
  /** @type {[string, string][]} */
  const kept = []
  for (const [name, value] of params) {
    if (!known.includes(name) || kept.some(([seen]) => seen === name)) return null
    kept.push([name, value])
  }
  if (kept.length === 0) return path
  kept.sort(([a], [b]) => (a < b ? -1 : 1))
  return `${path}?${new URLSearchParams(kept).toString()}`
}

/** Content codings a compressor may choose; other tokens in Accept-Encoding change nothing. */
const CODINGS = new Set(['gzip', 'deflate', 'br', 'zstd', 'identity', '*'])

/**
 * Accept-Encoding reduced to what decides the compression: the known codings with their weight
 * (to one decimal), sorted, so made-up tokens do not make copies of the same page.
 * @param {string | string[] | undefined} header
 */
function encodingsOf(header) {
  /** @type {string[]} */
  const kept = []
  for (const part of String(header || '')
    .toLowerCase()
    .split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim())
    if (!CODINGS.has(name)) continue
    const weight = params.find((param) => param.startsWith('q='))
    const q = weight === undefined ? 1 : Math.round(Number(weight.slice(2)) * 10) / 10
    kept.push(`${name};q=${Number.isFinite(q) ? q : 0}`)
  }
  return [...new Set(kept)].sort().join(',')
}

/** @param {string | undefined} userAgent */
function audienceOf(userAgent = '') {
  if (HTML_LIMITED_BOTS.test(userAgent)) return 'html-bot'
  if (DOM_BOT.test(userAgent)) return 'dom-bot'
  return 'browser'
}

/** @param {Record<string, string | string[]>} headers */
function headerBytes(headers) {
  let size = 0
  for (const [name, value] of Object.entries(headers))
    for (const one of Array.isArray(value) ? value : [value])
      size += Buffer.byteLength(name) + Buffer.byteLength(one) + 4
  return size
}

/**
 * @param {{ maxEntries?: number, maxBytes?: number, maxEntryBytes?: number, ttlMs?: number,
 *   now?: () => number }} [options]
 */
export function createPageCache({
  maxEntries = 1000,
  maxBytes = 64 * 1024 * 1024,
  maxEntryBytes = 2 * 1024 * 1024,
  ttlMs = 15 * 60 * 1000,
  now = Date.now,
} = {}) {
  /** @type {Map<string, { status: number, headers: Record<string, string | string[]>, body: Buffer, size: number, storedAt: number }>} */
  const entries = new Map()
  let bytes = 0
  let generation = 0
  const stats = { hits: 0, misses: 0, stored: 0, clears: 0 }

  function remove(key) {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.size
    entries.delete(key)
  }

  /** The cache key of a request, or null when it must go to Next. */
  function keyOf(req) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null
    const url = req.url || '/'
    if (UNCACHED_PATH.test(url)) return null
    if (RENDERING_HEADERS.some((name) => req.headers[name] !== undefined)) return null
    const cookie = String(req.headers.cookie || '')
    if (SESSION_COOKIE.test(cookie) || PREVIEW_COOKIE.test(cookie)) return null
    const address = normalisedAddress(url)
    if (address === null) return null
    const encoding = encodingsOf(req.headers['accept-encoding'])
    return `${audienceOf(req.headers['user-agent'])} ${encoding} ${address}`
  }

  /**
   * Answers the request from the cache when it can (returns true), or arranges for the response
   * Next is about to write to be stored (returns false).
   */
  function handle(req, res) {
    const key = keyOf(req)
    if (key === null) return false
    const entry = entries.get(key)
    if (entry && now() - entry.storedAt <= ttlMs) {
      stats.hits++
      // Most recently used last: the first entry is the one to drop when full.
      entries.delete(key)
      entries.set(key, entry)
      res.writeHead(entry.status, { ...entry.headers, 'content-length': entry.body.length })
      res.end(req.method === 'HEAD' ? undefined : entry.body)
      return true
    }
    if (entry) remove(key)
    stats.misses++
    if (req.method === 'GET') capture(key, res)
    return false
  }

  function capture(key, res) {
    const startedIn = generation
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    let tooLarge = false
    /** @type {Record<string, string | string[]>} */
    const writeHeadHeaders = {}
    const collect = (chunk, encoding) => {
      if (tooLarge || chunk === undefined || chunk === null || typeof chunk === 'function') return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
      size += buffer.length
      if (size > maxEntryBytes) {
        tooLarge = true
        chunks.length = 0
      } else chunks.push(buffer)
    }
    const writeHead = res.writeHead.bind(res)
    res.writeHead = (status, ...rest) => {
      const headers = rest.find((value) => value && typeof value === 'object')
      if (headers && !Array.isArray(headers))
        for (const [name, value] of Object.entries(headers))
          writeHeadHeaders[name.toLowerCase()] = value
      return writeHead(status, ...rest)
    }
    const write = res.write.bind(res)
    res.write = (chunk, encoding, callback) => {
      collect(chunk, encoding)
      return write(chunk, encoding, callback)
    }
    const end = res.end.bind(res)
    res.end = (chunk, encoding, callback) => {
      collect(chunk, encoding)
      return end(chunk, encoding, callback)
    }
    res.once('finish', () => {
      if (tooLarge || startedIn !== generation || res.statusCode !== 200) return
      /** @type {Record<string, string | string[]>} */
      const headers = {}
      for (const [name, value] of Object.entries({ ...res.getHeaders(), ...writeHeadHeaders })) {
        const lower = name.toLowerCase()
        if (value === undefined || NOT_STORED.has(lower) || lower === 'content-length') continue
        headers[lower] = Array.isArray(value) ? value.map(String) : String(value)
      }
      // A response that sets a cookie belongs to one visitor.
      if ('set-cookie' in res.getHeaders() || 'set-cookie' in writeHeadHeaders) return
      // A response that says it depends on a request header the key does not hold is not shared.
      const vary = String(headers.vary ?? '')
        .toLowerCase()
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
      if (vary.some((name) => !KEYED_VARY.has(name))) return
      const body = Buffer.concat(chunks)
      // Everything the entry keeps counts against the bound: the key, the headers and the body.
      const size = ENTRY_OVERHEAD + Buffer.byteLength(key) + headerBytes(headers) + body.length
      if (size > maxEntryBytes) return
      remove(key)
      entries.set(key, { status: 200, headers, body, size, storedAt: now() })
      bytes += size
      stats.stored++
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break
        remove(oldest)
      }
    })
  }

  /** Forgets every page; a page still being rendered is not stored. */
  function clear() {
    generation++
    entries.clear()
    bytes = 0
    stats.clears++
  }

  return {
    handle,
    clear,
    stats: () => ({ ...stats, entries: entries.size, bytes, maxBytes, maxEntries }),
  }
}
