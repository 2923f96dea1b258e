// The server asks itself to expire cache tags: Next.js applies `revalidateTag` only inside a
// request, and changes made by another process (the importer, a second portal process, the
// scheduler's tick) arrive outside of one. The route app/api/intern/cache/route.ts takes the
// request; it answers only to a secret that lives in this process's memory.
import { randomBytes } from 'node:crypto'
import { clearPageCache } from './page-cache.mjs'

export const INTERNAL_EXPIRY_PATH = '/api/intern/cache'
export const INTERNAL_SECRET_HEADER = 'x-clusterportal-intern'
const SECRET_KEY = Symbol.for('clusterportal.internalSecret')
const ADDRESS_KEY = Symbol.for('clusterportal.selfAddress')

/** This process's secret, made on first use; never leaves the process. */
export function internalSecret() {
  globalThis[SECRET_KEY] ??= randomBytes(32).toString('base64url')
  return globalThis[SECRET_KEY]
}

/** Where this process's HTTP server listens (server.mjs says so; else PORT and HOST). */
export function setSelfAddress(host, port) {
  globalThis[ADDRESS_KEY] = { host, port }
}

function selfAddress() {
  const known = globalThis[ADDRESS_KEY]
  if (known) return known
  return { host: process.env.HOST || '127.0.0.1', port: Number(process.env.PORT || 3000) }
}

/**
 * Posts the tags to this process's own server; resolves to true when they were expired.
 * @param {Iterable<string>} tags
 */
export async function requestExpiry(tags) {
  const expired = [...tags]
  const { host, port } = selfAddress()
  const name = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  const origin = `http://${name.includes(':') ? `[${name}]` : name}:${port}`
  try {
    const response = await fetch(`${origin}${INTERNAL_EXPIRY_PATH}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin,
        [INTERNAL_SECRET_HEADER]: internalSecret(),
      },
      body: JSON.stringify({ tags: expired }),
      signal: AbortSignal.timeout(5000),
    })
    await response.arrayBuffer()
    if (response.status !== 204) return false
    // Once more now that the tags are expired: a page rendered in between is not kept.
    clearPageCache(expired)
    return true
  } catch {
    return false
  }
}
