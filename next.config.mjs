// Plain JavaScript, and the next-intl plugin only where something is built: a TypeScript config
// makes every server process load the SWC compiler to read it, and the plugin loads a second
// one; together about 40 MB of resident memory per process that serving pages never uses.
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js'
import { HTML_LIMITED_BOTS } from './lib/html-limited-bots.mjs'
import { COMMON_HEADERS, PUBLIC_CSP } from './lib/security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  // Unlisted slugs render completely before the response starts: correct 404 status codes, and
  // pages that work without JavaScript. The result is cached (ISR) for the next visitor.
  partialPrefetching: false,
  poweredByHeader: false,
  // The same list the finished-page cache separates crawlers' pages by (lib/page-cache-key.mjs).
  htmlLimitedBots: HTML_LIMITED_BOTS,
  reactStrictMode: true,
  // Native modules stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', 'sharp', '@node-rs/argon2'],
  images: { unoptimized: true },
  // Each of Next's two in-memory caches (finished renders, and the 'use cache' entries) may hold
  // this much per process, counted in bytes; with the finished-page cache of server.mjs and the
  // heap limit of `npm start` a process stays under 300 MB however many unique searches come
  // (bench/README.md). Evicted entries are rendered again from the database.
  cacheMaxMemorySize: 16 * 1024 * 1024,
  // forbidden(): backend pages answer 403 with a German page when the role does not fit.
  // globalNotFound: one root layout per language area, so unmatched addresses get their own page.
  experimental: { authInterrupts: true, globalNotFound: true },
  async headers() {
    return [
      { source: '/:path*', headers: COMMON_HEADERS },
      // Everything except the backend and login pages, which get a nonce policy from proxy.ts, and
      // images, which carry their own sandbox policy (app/bilder/[file]/route.ts).
      {
        source: '/:path((?!admin|login|passwort-setzen|passwort-vergessen|bilder/).*)',
        headers: [{ key: 'Content-Security-Policy', value: PUBLIC_CSP }],
      },
      { source: '/passwort-setzen', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
      // A preview link's token is in its address: no search engine, no Referer to other sites.
      {
        source: '/vorschau/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
    ]
  },
}

/**
 * next-intl finds its request configuration through the plugin, at build time (the bundles keep
 * what it resolved); its middleware is not used (no locale cookie, no detection by
 * Accept-Language: the language is in the address).
 * @param {string} phase
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig
  const { default: createNextIntlPlugin } = await import('next-intl/plugin')
  return createNextIntlPlugin('./lib/i18n/request.ts')(nextConfig)
}
