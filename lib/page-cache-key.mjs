// Which requests the finished-page cache (lib/page-cache.mjs) may answer, and under which key.
//
// A stored page is served to everyone whose request has the same key, so the key holds
// everything that makes Next render something else: the address (with only the query parameters
// the page reads), the accepted encodings and the kind of client (browser or crawler). A request
// carrying anything else that changes the rendering gets no key and goes to Next alone.

import { HTML_LIMITED_BOTS } from './html-limited-bots.mjs'

/**
 * Paths never served from or stored in the cache: the backend, login, APIs, assets, images, and
 * previews of unpublished content.
 */
const UNCACHED_PATH =
  /^\/(?:admin|login|logout|passwort-setzen|passwort-vergessen|api|_next|bilder|vorschau)(?:[/?]|$)/

/**
 * The query parameters each public page reads (app/(public)/…/page.tsx through
 * lib/validation/public-query.ts). Only these make a different page; an address with any other
 * parameter, or a parameter twice, is rendered but not stored, so made-up parameters cannot fill
 * the cache with copies of the same page.
 */
export const CACHEABLE_QUERY = {
  '/partner': ['q', 'kategorie', 'land', 'buchstabe', 'seite'],
  '/partner/karte': ['q', 'kategorie', 'land', 'gebiet'],
  '/aktuelles': ['jahr', 'tag', 'seite'],
  '/suche': ['q'],
  '/veranstaltungen/archiv': ['seite'],
  // The English pages (app/en/…) with their English parameter names.
  '/en/partners': ['q', 'category', 'state', 'letter', 'page'],
  '/en/partners/map': ['q', 'category', 'state', 'area'],
  '/en/news': ['year', 'tag', 'page'],
  '/en/search': ['q'],
  '/en/events/archive': ['page'],
}

/** Longer addresses are never stored; the portal's own links stay far below this. */
export const MAX_CACHED_URL_LENGTH = 2048

/**
 * Request headers that make Next render something else for the same address: its client router
 * and server actions, its own prefetch protocols, and a Content-Security-Policy request header,
 * whose nonce Next copies into every script tag. Such a request is rendered for its sender only.
 */
export const RENDERING_HEADERS = [
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
 * next.config.mjs hands to Next as `htmlLimitedBots`), and Googlebot gets a render of its own, so
 * those are kept apart from what browsers get.
 */
const DOM_BOT = /Googlebot(?!-)|Googlebot$/i

/** Response `Vary` names the key already accounts for (the router headers are never present). */
export const KEYED_VARY = new Set(['accept-encoding', ...RENDERING_HEADERS])

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/
/** Next's draft mode renders unpublished data for whoever holds these cookies. */
const PREVIEW_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/

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

/**
 * The cache key of a request, or null when it must go to Next.
 * @param {import('node:http').IncomingMessage} req
 */
export function requestKey(req) {
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
