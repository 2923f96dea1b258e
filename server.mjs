// The portal's HTTP server: Next.js behind a thin layer that knows who is calling.
//
// The client address used for login throttling and the audit log must not come from a header a
// client can write. This server sets `x-clusterportal-client` from the TCP connection, or, when
// TRUST_PROXY names the number of reverse proxies in front (usually 1, or `true`), from the
// X-Forwarded-For entry that the nearest trusted proxy appended. Anything a client sent under that
// name, and the `x-middleware-subrequest` header, is dropped.
import cluster from 'node:cluster'
import { rename, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import os from 'node:os'
import nextEnv from '@next/env'
import next from 'next'
import { sendBusy, sendTooManySearches } from './lib/busy-pages.mjs'
import { INTERNAL_EXPIRY_PATH, requestExpiry, setSelfAddress } from './lib/internal-expiry.mjs'
import {
  addressKey,
  createPerKeyLimit,
  createRenderGate,
  createTokenBuckets,
  envInteger,
  gated,
  isSearchRequest,
} from './lib/load-shedding.mjs'
import { createPageCache, PAGE_CACHE_KEY } from './lib/page-cache.mjs'
import { withStatusPages } from './lib/status-pages.mjs'
import { parseTrustProxy } from './lib/trust-proxy.mjs'

nextEnv.loadEnvConfig(process.cwd())

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || '127.0.0.1'
let trustedHops = 0
try {
  trustedHops = parseTrustProxy(process.env.TRUST_PROXY)
} catch (error) {
  console.error(`Fehler: ${error.message}`)
  process.exit(1)
}

// Renders that miss the page cache: at most RENDER_CONCURRENCY at a time (default: the cores),
// RENDER_QUEUE waiting (default: four per slot) for at most RENDER_QUEUE_MS; beyond that 503.
// Uncached searches per address: SEARCH_BURST at once, SEARCH_PER_MINUTE after that, at most
// SEARCH_CONCURRENT at the same time (lib/load-shedding.mjs).
let shedding
try {
  const limit = Math.max(1, envInteger(process.env.RENDER_CONCURRENCY, os.availableParallelism()))
  shedding = {
    gate: createRenderGate({
      limit,
      queueLimit: envInteger(process.env.RENDER_QUEUE, limit * 4),
      maxWaitMs: envInteger(process.env.RENDER_QUEUE_MS, 3000),
    }),
    searches: createTokenBuckets({
      capacity: Math.max(1, envInteger(process.env.SEARCH_BURST, 20)),
      perSecond: Math.max(1, envInteger(process.env.SEARCH_PER_MINUTE, 30)) / 60,
    }),
    searchesRunning: createPerKeyLimit(Math.max(1, envInteger(process.env.SEARCH_CONCURRENT, 2))),
  }
} catch (error) {
  console.error(`Fehler in RENDER_* oder SEARCH_*: ${error.message}`)
  process.exit(1)
}
const RETRY_AFTER_SECONDS = 5

if (!process.env.AUTH_SECRET || process.env.AUTH_SECRET.length < 32) {
  console.error(
    'Fehler: AUTH_SECRET fehlt oder ist kürzer als 32 Zeichen. `npm start` erzeugt eines in .env.local.',
  )
  process.exit(1)
}

export function clientAddress(req) {
  const socketAddress = (req.socket.remoteAddress || '').replace(/^::ffff:/, '')
  if (trustedHops === 0) return socketAddress
  const chain = String(req.headers['x-forwarded-for'] || '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  // The last `trustedHops` entries were written by our proxies; the one before the first of them
  // is what the outermost trusted proxy saw. With one proxy that overwrites the header, it is the
  // only entry.
  const candidate = chain[chain.length - trustedHops]
  return candidate || socketAddress
}

// Finished public pages for anonymous visitors; db/cache/sync.ts makes it forget the pages a
// change can show.
// PAGE_CACHE_MB bounds it in bytes (default 32), all it keeps counted.
const pageCacheMb = Number(process.env.PAGE_CACHE_MB || 32)
if (!Number.isFinite(pageCacheMb) || pageCacheMb < 0) {
  console.error('Fehler: PAGE_CACHE_MB muss eine Zahl ≥ 0 sein.')
  process.exit(1)
}
const pageCache = createPageCache({ maxBytes: pageCacheMb * 1024 * 1024 })
globalThis[PAGE_CACHE_KEY] = pageCache

// For the end-to-end tests: the cache's counters, written to this file shortly after requests.
const statsFile = process.env.PAGE_CACHE_STATS_FILE
let statsDue = false
function reportCacheStats() {
  if (!statsFile || statsDue) return
  statsDue = true
  setTimeout(() => {
    statsDue = false
    const partial = `${statsFile}.${process.pid}`
    writeFile(partial, JSON.stringify(pageCache.stats()))
      .then(() => rename(partial, statsFile))
      .catch(() => {})
  }, 50).unref()
}

// Under server-cluster.mjs every worker shares the public port, so a request to it may reach
// another worker, which holds another secret and other caches. Each worker therefore expires
// its own caches through a loopback port of its own that nothing else is served on.
if (cluster.isWorker) {
  const own = createServer((req, res) => {
    if (String(req.url).startsWith(INTERNAL_EXPIRY_PATH)) return serve(req, res)
    res.writeHead(404, REFUSAL_HEADERS)
    res.end('Nicht gefunden.\n')
  })
  await new Promise((resolve) =>
    own.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve),
  )
  setSelfAddress('127.0.0.1', own.address().port)
} else setSelfAddress(hostname, port)
const app = next({ dev: false, hostname, port })
// Real 404, 403 and error pages in the HTML instead of Next's empty error document.
const handle = withStatusPages(app.getRequestHandler(), {
  origin: `http://${hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname}:${port}`,
})
await app.prepare()

// Next sends the Location header of a redirect twice on its first, uncached render; one is enough.
function singleLocation(res) {
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name, value) =>
    setHeader(
      name,
      String(name).toLowerCase() === 'location' && Array.isArray(value) ? value[0] : value,
    )
  if (typeof res.appendHeader === 'function') {
    const appendHeader = res.appendHeader.bind(res)
    res.appendHeader = (name, value) =>
      String(name).toLowerCase() === 'location' && res.hasHeader('location')
        ? res
        : appendHeader(name, value)
  }
}

/** HTTPS as the visitor sees it: TLS here, or a trusted proxy that says so. */
function servedOverHttps(req) {
  if (req.socket.encrypted) return true
  return (
    trustedHops > 0 &&
    String(req.headers['x-forwarded-proto'] || '')
      .split(',')[0]
      .trim() === 'https'
  )
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const ACTION_BODY_LIMIT = 1024 * 1024
/** Answers this server gives itself carry the same protective headers as the portal's. */
const REFUSAL_HEADERS = {
  'Content-Type': 'text/plain; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cache-Control': 'no-store',
}

const ONE_CLICK_PATHS = new Set([
  '/newsletter/abbestellen/ein-klick',
  '/en/newsletter/unsubscribe/one-click',
])

/**
 * Requests that change data must come from the portal's own pages: browsers send Origin with every
 * POST, and it must name the host the request went to. Next.js checks this for server actions
 * only when the header is present; here a missing or `null` Origin is refused too, for every
 * path, since an action can be posted to any page's address.
 */
function crossSite(req) {
  if (SAFE_METHODS.has(req.method)) return false
  // RFC 8058 one-click unsubscribe is posted by mail providers' servers, without an Origin; the
  // key in the address is its authorization and unsubscribing is all it can do.
  if (ONE_CLICK_PATHS.has(String(req.url).split('?')[0]) && !req.headers['next-action'])
    return false
  const host = String(req.headers['x-forwarded-host'] || req.headers.host || '')
    .split(',')[0]
    .trim()
  try {
    return !host || new URL(String(req.headers.origin)).host !== host
  } catch {
    return true
  }
}

/** Next.js answers an address with broken percent-encoding (`/%E0%A4%A`) with a 500. */
function decodablePath(url = '/') {
  try {
    decodeURIComponent(url.split('?')[0])
    return true
  } catch {
    return false
  }
}

// Pages were prerendered at build time without the database: until their tags are expired (the
// server's first request to itself, below), visitors wait rather than see them.
let opened = false
let open
const ready = new Promise((resolve) => (open = resolve))

createServer({ maxHeaderSize: 128 * 1024 }, (req, res) => {
  if (!opened && !String(req.url).startsWith(INTERNAL_EXPIRY_PATH)) {
    ready.then(() => serve(req, res))
    return
  }
  serve(req, res)
}).listen(port, hostname, async () => {
  while (!(await requestExpiry(['content']))) await new Promise((r) => setTimeout(r, 100))
  opened = true
  open()
  console.log(
    `Clusterportal läuft auf http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`,
  )
})

function serve(req, res) {
  singleLocation(res)
  if (crossSite(req)) {
    res.writeHead(403, REFUSAL_HEADERS)
    res.end('Anfrage abgelehnt: Sie kam nicht von einer Seite dieses Portals.\n')
    return
  }
  // Next.js stops reading a server action body after 1 MB, but answers 500; say what happened.
  if (req.headers['next-action'] && Number(req.headers['content-length']) > ACTION_BODY_LIMIT) {
    res.writeHead(413, { ...REFUSAL_HEADERS, Connection: 'close' })
    res.end('Die Anfrage ist zu groß (höchstens 1 MB).\n')
    return
  }
  if (!decodablePath(req.url)) {
    res.writeHead(400, REFUSAL_HEADERS)
    res.end('Ungültige Adresse.\n')
    return
  }
  if (servedOverHttps(req))
    res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  delete req.headers['x-middleware-subrequest']
  if (statsFile) res.once('close', reportCacheStats)
  fromCacheOrRendered(req, res)
}

function fromCacheOrRendered(req, res) {
  // The same page is being rendered for another visitor: take that one when it is done.
  const rendering = pageCache.whenRendered(req)
  if (rendering) {
    rendering.then(() => {
      if (!res.destroyed) fromCacheOrRendered(req, res)
    })
    return
  }
  if (pageCache.handle(req, res)) return
  const client = clientAddress(req)
  req.headers['x-clusterportal-client'] = client
  if (!gated(req.url)) {
    handle(req, res)
    return
  }
  if (isSearchRequest(req.url)) {
    const key = addressKey(client)
    if (!shedding.searchesRunning.enter(key)) {
      sendTooManySearches(res, RETRY_AFTER_SECONDS, req.method)
      return
    }
    res.once('close', () => shedding.searchesRunning.leave(key))
    const budget = shedding.searches.take(key)
    if (!budget.allowed) {
      sendTooManySearches(res, budget.retryAfterSeconds, req.method)
      return
    }
  }
  const cancel = shedding.gate.run(
    (done) => {
      res.once('close', done)
      handle(req, res)
    },
    () => sendBusy(res, RETRY_AFTER_SECONDS, req.method),
  )
  // A visitor who gave up waiting leaves the queue.
  res.once('close', cancel)
}
