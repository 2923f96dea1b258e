// A small in-process cache of finished public pages, in front of Next.js (used by server.mjs).
//
// Every public read is cached by tag already, but a page that reads its query string (the
// directory, the news list, search) is still rendered to HTML on each request, which costs ten
// times what serving a stored page costs. This cache keeps the finished bytes of anonymous GET
// requests for public pages and is emptied whenever any cache tag expires (db/cache/sync.ts calls
// `clear()`: every editorial write, every import, every scheduled change), so a visitor never
// gets a page older than the database. A request that was rendering while the cache was emptied
// is not stored. Only addresses the pages understand are stored (known query parameters, a length
// limit), and everything an entry holds counts against the size bound, so made-up addresses can
// neither multiply one page nor fill memory.

import { KEYED_VARY, requestKey } from './page-cache-key.mjs'

export const PAGE_CACHE_KEY = Symbol.for('clusterportal.pageCache')

/** Forgets the finished pages of this process's cache, when the server runs one. */
export function clearPageCache() {
  globalThis[PAGE_CACHE_KEY]?.clear()
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
