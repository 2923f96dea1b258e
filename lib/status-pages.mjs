// Server-rendered 404, 403 and error pages (used by server.mjs).
//
// When `notFound()`, `forbidden()` or an error interrupts a page, Next.js in production answers a
// page load with an empty document, `<html id="__next_error__">`: the German page exists only in
// the flight data and is drawn by the script (vercel/next.js#62228, #95613, #98295). A browser
// without JavaScript, a text browser or a crawler sees a blank page. And with Cache Components a
// check at request time runs after the response has started, so a backend page that calls
// `forbidden()` answers 200 (Next's docs, "Status codes" under loading.js).
//
// This layer looks at the first bytes of every page load. When they are that empty document, it
// keeps it back and answers with the matching status page instead, with the status code the
// interruption meant. The status pages are ordinary pages at internal addresses
// (`/_status/404`, `/admin/_status/403`, …: app/(public)/%5Fstatus, app/admin/%5Fstatus), asked
// for over the loopback connection with the visitor's cookie, so the backend's page is drawn in
// the backend layout for the same account. Redirects pass unchanged (their empty document carries
// the redirect for browsers without JavaScript). Every other response streams as before; only its
// first bytes wait until they are known not to be the empty document.

import { request } from 'node:http'
import zlib from 'node:zlib'

const ERROR_DOCUMENT = '<html id="__next_error__"'
/** The digest Next.js documents for forbidden(), notFound() and unauthorized(). */
const ACCESS_FALLBACK = /NEXT_HTTP_ERROR_FALLBACK;(40[134])/
const REDIRECT = 'NEXT_REDIRECT'
/** Requests of Next's client router: the router draws the status page itself. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action']
/** Decoded bytes that are enough to have passed the `<html>` tag. */
const SNIFF_CHARS = 256
/** Past this many (possibly compressed) bytes without a decision, the response passes. */
const SNIFF_LIMIT = 64 * 1024
/** Headers of the status page's own delivery, not of the page. */
const NOT_COPIED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
])

const STATUS_PAGE = /^(\/admin|\/en)?\/_status\/(403|404|500)\/?$/

function isBackend(pathname) {
  return pathname === '/admin' || pathname.startsWith('/admin/')
}

/** The English public pages, which get the status pages in English. */
function isEnglish(pathname) {
  return pathname === '/en' || pathname.startsWith('/en/')
}

/** The internal address of the page for a status, in the area the visitor was in. */
export function statusPagePath(pathname, status) {
  if (isBackend(pathname) && (status === 403 || status === 404)) return `/admin/_status/${status}`
  const prefix = isEnglish(pathname) ? '/en' : ''
  return `${prefix}/_status/${status === 404 ? 404 : 500}`
}

/** The status an empty error document stands for, or null when it is a redirect. */
export function statusOfErrorDocument(html, statusCode) {
  if (statusCode >= 300 && statusCode < 400) return null
  if (html.includes(REDIRECT)) return null
  const access = ACCESS_FALLBACK.exec(html)
  if (access) return access[1] === '404' ? 404 : 403
  return statusCode >= 400 ? statusCode : 500
}

/** The text of a response body so far, compressed by Next or not; '' while undecodable. */
export function decodeBody(bytes, encoding, complete = false) {
  const kind = String(encoding || '').toLowerCase()
  try {
    if (kind === 'gzip')
      return zlib
        .gunzipSync(bytes, complete ? {} : { finishFlush: zlib.constants.Z_SYNC_FLUSH })
        .toString('utf8')
    if (kind === 'deflate')
      return zlib
        .inflateSync(bytes, complete ? {} : { finishFlush: zlib.constants.Z_SYNC_FLUSH })
        .toString('utf8')
    if (kind === 'br')
      return zlib
        .brotliDecompressSync(
          bytes,
          complete ? {} : { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH },
        )
        .toString('utf8')
    return bytes.toString('utf8')
  } catch {
    return ''
  }
}

/** Assets, images and endpoints never answer with a page. */
const NOT_PAGES = /^\/(?:_next|bilder|api)\//

function pageLoad(req) {
  if (req.method !== 'GET') return false
  const url = req.url || '/'
  if (NOT_PAGES.test(url) || url.includes('_rsc=')) return false
  return !ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)
}

function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null
  return Buffer.isBuffer(chunk)
    ? chunk
    : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
}

/** Makes the response report and send `status`, whatever Next sets. */
function forceStatus(res, status) {
  Object.defineProperty(res, 'statusCode', {
    configurable: true,
    get: () => status,
    set: () => {},
  })
  const writeHead = res.writeHead
  res.writeHead = (_status, ...rest) => writeHead.call(res, status, ...rest)
}

/** The status page, asked for over the loopback connection as the visitor. */
function fetchStatusPage(origin, path, req) {
  return new Promise((resolve, reject) => {
    const headers = { accept: 'text/html' }
    for (const name of ['cookie', 'user-agent', 'accept-language'])
      if (req.headers[name]) headers[name] = req.headers[name]
    const outgoing = request(new URL(path, origin), { headers }, (incoming) => {
      const chunks = []
      incoming.on('data', (chunk) => chunks.push(chunk))
      incoming.on('end', () => resolve({ headers: incoming.headers, body: Buffer.concat(chunks) }))
      incoming.on('error', reject)
    })
    outgoing.setTimeout(15_000, () => outgoing.destroy(new Error('status page timed out')))
    outgoing.on('error', reject)
    outgoing.end()
  })
}

/**
 * Wraps Next's request handler (`app.getRequestHandler()`). `origin` is where this server
 * listens, for the loopback request of the status page.
 */
export function withStatusPages(handle, { origin }) {
  return (req, res) => {
    const pathname = (req.url || '/').split('?')[0]
    const direct = STATUS_PAGE.exec(pathname)
    if (direct) {
      // The internal addresses answer with their status when asked for directly, too.
      forceStatus(res, Number(direct[2]))
      return handle(req, res)
    }
    if (!pageLoad(req)) return handle(req, res)

    // Next installs its compression on top of these, so they see the bytes as sent.
    const original = { writeHead: res.writeHead, write: res.write, end: res.end }
    const originalFlush = res.flushHeaders
    const headersBefore = res.getHeaders()
    /** @type {'sniffing' | 'passing' | 'holding' | 'replacing'} */
    let mode = 'sniffing'
    /** @type {unknown[] | null} */
    let heldHead = null
    /** @type {Buffer[]} */
    const held = []
    let heldBytes = 0
    let flushWanted = false

    const encoding = () => {
      const fromHead = heldHead?.find((value) => value && typeof value === 'object')
      const header =
        fromHead && !Array.isArray(fromHead)
          ? Object.entries(fromHead).find(([name]) => name.toLowerCase() === 'content-encoding')
          : undefined
      return header ? header[1] : res.getHeader('content-encoding')
    }

    const pass = () => {
      mode = 'passing'
      if (heldHead) original.writeHead.apply(res, heldHead)
      else if (flushWanted) originalFlush.call(res)
      for (const chunk of held) original.write.call(res, chunk)
      held.length = 0
    }

    const keep = (chunk, chunkEncoding) => {
      const buffer = toBuffer(chunk, chunkEncoding)
      if (!buffer) return
      held.push(buffer)
      heldBytes += buffer.length
    }

    const decide = () => {
      const start = decodeBody(Buffer.concat(held), encoding())
      if (start.includes(ERROR_DOCUMENT)) mode = 'holding'
      else if (start.length >= SNIFF_CHARS || heldBytes >= SNIFF_LIMIT) pass()
    }

    const replace = async (callback) => {
      const html = decodeBody(Buffer.concat(held), encoding(), true)
      const status = statusOfErrorDocument(html, heldHead ? Number(heldHead[0]) : res.statusCode)
      if (status === null) {
        // A redirect: its document is what a browser without JavaScript follows.
        pass()
        original.end.call(res, undefined, undefined, callback)
        return
      }
      mode = 'replacing'
      try {
        const page = await fetchStatusPage(origin, statusPagePath(pathname, status), req)
        for (const name of res.getHeaderNames()) res.removeHeader(name)
        for (const [name, value] of Object.entries(headersBefore)) res.setHeader(name, value)
        for (const [name, value] of Object.entries(page.headers))
          if (!NOT_COPIED.has(name) && value !== undefined) res.setHeader(name, value)
        res.setHeader('content-length', page.body.length)
        original.writeHead.call(res, status)
        original.end.call(res, page.body, undefined, callback)
      } catch (error) {
        console.error(
          JSON.stringify({ level: 'error', event: 'status_page', error: String(error) }),
        )
        pass()
        original.end.call(res, undefined, undefined, callback)
      }
    }

    res.flushHeaders = () => {
      if (mode === 'passing') originalFlush.call(res)
      else flushWanted = true
    }
    res.writeHead = (...args) => {
      if (mode === 'passing') return original.writeHead.apply(res, args)
      heldHead = args
      return res
    }
    res.write = (chunk, chunkEncoding, callback) => {
      if (mode === 'passing') return original.write.call(res, chunk, chunkEncoding, callback)
      keep(chunk, chunkEncoding)
      if (mode === 'sniffing') decide()
      const done = typeof chunkEncoding === 'function' ? chunkEncoding : callback
      if (typeof done === 'function') process.nextTick(done)
      return true
    }
    res.end = (chunk, chunkEncoding, callback) => {
      if (mode === 'passing') return original.end.call(res, chunk, chunkEncoding, callback)
      const done = [chunk, chunkEncoding, callback].find((value) => typeof value === 'function')
      keep(chunk, chunkEncoding)
      if (mode === 'sniffing') decide()
      if (mode === 'holding') {
        void replace(done)
        return res
      }
      if (mode === 'sniffing') pass()
      return original.end.call(res, undefined, undefined, done)
    }
    return handle(req, res)
  }
}
