// A small in-process cache of finished public pages, in front of Next.js (used by server.mjs).
//
// Every public read but a search is cached by tag already (a search term is rarely asked twice,
// so searches are kept here only), but a page that reads its query string (the directory, the
// news list, search) is still rendered to HTML on each request, which costs ten
// times what serving a stored page costs. This cache keeps the finished bytes of anonymous GET
// requests for public pages. Whenever cache tags expire (db/cache/sync.ts: every editorial
// write, every import, every scheduled change) it forgets the pages that can show what those
// tags name (lib/page-cache-kinds.mjs), so a visitor never gets a page older than the database,
// while an edit to one partner leaves the news pages stored. A request that was rendering while
// a kind it shows expired is not stored. Only addresses the pages understand are stored (known
// query parameters, a length limit), and everything an entry holds counts against the size
// bound, so made-up addresses can neither multiply one page nor fill memory. Requests for a page
// that is being rendered wait for that render (`whenRendered`) instead of rendering it again.

import { ALL_KINDS, kindsOfPath, kindsOfTags } from './page-cache-kinds.mjs'
import { KEYED_VARY, normalisedAddress, requestKey } from './page-cache-key.mjs'

export const PAGE_CACHE_KEY = Symbol.for('clusterportal.pageCache')

/**
 * Forgets the finished pages of this process's cache that the expired tags may have changed
 * (every page without tags, or with the tag `content`), when the server runs one.
 * @param {Iterable<string>} [tags]
 */
export function clearPageCache(tags) {
  globalThis[PAGE_CACHE_KEY]?.clear(tags)
}

/** Headers that describe one connection or one delivery, not the page. */
const NOT_STORED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'strict-transport-security',
  'set-cookie',
])

/** Bookkeeping per stored page (the Map slot, the entry object, its strings), in bytes. */
const ENTRY_OVERHEAD = 256

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
  /** @type {Map<string, { status: number, headers: Record<string, string | string[]>, body: Buffer, size: number, storedAt: number, kinds: readonly string[] }>} */
  const entries = new Map()
  let bytes = 0
  // Each expiry is one step; `expiredAt` holds the last step that touched each kind, so a render
  // that started before an expiry of a kind it shows is not stored.
  let step = 0
  /** @type {Map<string, number>} */
  const expiredAt = new Map()
  const stats = { hits: 0, misses: 0, stored: 0, clears: 0, coalesced: 0 }
  // Pages being rendered right now: a second request for the same page waits for the first
  // render instead of starting its own (after an edit, every visitor of a list would otherwise
  // render the same page at once). Settled when that render's response closes.
  /** @type {Map<string, { done: Promise<void>, settle: () => void }>} */
  const rendering = new Map()

  function remove(key) {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.size
    entries.delete(key)
  }

  /**
   * Answers the request from the cache when it can (returns true), or arranges for the response
   * Next is about to write to be stored (returns false).
   */
  function handle(req, res) {
    const key = requestKey(req)
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
    if (req.method === 'GET')
      capture(key, kindsOfPath(normalisedAddress(req.url || '/') ?? '/'), res)
    return false
  }

  /**
   * When the page of this request is being rendered for someone else and not stored yet: a
   * promise that settles when that render has ended (look the page up again then); else null.
   */
  function whenRendered(req) {
    const key = requestKey(req)
    if (key === null || !rendering.has(key)) return null
    const entry = entries.get(key)
    if (entry && now() - entry.storedAt <= ttlMs) return null
    stats.coalesced++
    return rendering.get(key).done
  }

  /** @param {readonly string[]} kinds */
  function expiredSince(startedAt, kinds) {
    return kinds.some((kind) => (expiredAt.get(kind) ?? 0) > startedAt)
  }

  /**
   * @param {string} key
   * @param {readonly string[]} kinds
   * @param {import('node:http').ServerResponse} res
   */
  function capture(key, kinds, res) {
    const startedAt = step
    if (!rendering.has(key)) {
      let settle = () => {}
      const done = new Promise((resolve) => (settle = resolve))
      const mine = { done, settle }
      rendering.set(key, mine)
      res.once('close', () => {
        if (rendering.get(key) === mine) rendering.delete(key)
        // After the entry is stored ('finish' comes before 'close'), so waiters find it.
        settle()
      })
    }
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
      if (tooLarge || expiredSince(startedAt, kinds) || res.statusCode !== 200) return
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
      entries.set(key, { status: 200, headers, body, size, storedAt: now(), kinds })
      bytes += size
      stats.stored++
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break
        remove(oldest)
      }
    })
  }

  /**
   * Forgets the pages that can show a kind the expired tags name (no tags, or `content`: every
   * page); a page of such a kind still being rendered is not stored.
   * @param {Iterable<string>} [tags]
   */
  function clear(tags) {
    const expired = tags === undefined ? null : kindsOfTags(tags)
    const kinds = expired ?? new Set(ALL_KINDS)
    if (kinds.size === 0) return
    step++
    for (const kind of kinds) expiredAt.set(kind, step)
    if (expired === null) {
      entries.clear()
      bytes = 0
    } else
      for (const [key, entry] of entries)
        if (entry.kinds.some((kind) => kinds.has(kind))) remove(key)
    stats.clears++
  }

  return {
    handle,
    whenRendered,
    clear,
    stats: () => ({ ...stats, entries: entries.size, bytes, maxBytes, maxEntries }),
  }
}
