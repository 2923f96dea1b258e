// A small in-process cache of finished public pages, in front of Next.js (used by server.mjs).
//
// Every public read is cached by tag already, but a page that reads its query string (the
// directory, the news list, search) is still rendered to HTML on each request, which costs ten
// times what serving a stored page costs. This cache keeps the finished bytes of anonymous GET
// requests for public pages and is emptied whenever any cache tag expires (db/cache-sync.ts calls
// `clear()`: every editorial write, every import, every scheduled change), so a visitor never
// gets a page older than the database. A request that was rendering while the cache was emptied
// is not stored, and a size bound keeps search terms from filling memory.

export const PAGE_CACHE_KEY = Symbol.for('clusterportal.pageCache')

/** Paths never served from or stored in the cache: the backend, login, APIs, assets, images. */
const UNCACHED_PATH =
  /^\/(?:admin|login|logout|passwort-setzen|passwort-vergessen|api|_next|bilder)(?:[/?]|$)/

/** Requests of Next's client router get a different response for the same address. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action']

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
  /** @type {Map<string, { status: number, headers: Record<string, string | string[]>, body: Buffer, storedAt: number }>} */
  const entries = new Map()
  let bytes = 0
  let generation = 0
  const stats = { hits: 0, misses: 0, stored: 0, clears: 0 }

  function remove(key) {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.body.length
    entries.delete(key)
  }

  /** The cache key of a request, or null when it must go to Next. */
  function keyOf(req) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null
    const url = req.url || '/'
    if (UNCACHED_PATH.test(url) || url.includes('_rsc=')) return null
    if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null
    if (SESSION_COOKIE.test(String(req.headers.cookie || ''))) return null
    const encoding = String(req.headers['accept-encoding'] || '')
      .toLowerCase()
      .replace(/\s+/g, '')
    return `${encoding} ${url}`
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
      const body = Buffer.concat(chunks)
      remove(key)
      entries.set(key, { status: 200, headers, body, storedAt: now() })
      bytes += body.length
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
    stats: () => ({ ...stats, entries: entries.size, bytes }),
  }
}
