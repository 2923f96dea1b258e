const BASE = 'http://portal.invalid'

/**
 * Where to go after logging in: only a path on this site. Anything else (another host,
 * protocol-relative "//x", "/\\x", "javascript:", control characters) falls back to /admin.
 *
 * The path is normalised first ("/.//x" becomes "//x") and the check is made on the result, the
 * string that ends up in the Location header: a browser reads "//x" or "/\\x" there as another
 * host, whatever the input looked like.
 */
export function safeCallbackPath(value: unknown, fallback = '/admin'): string {
  if (typeof value !== 'string' || value.length > 500) return fallback
  // Browsers drop tabs and newlines from a URL and trim spaces; such a value is never ours.
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return fallback
  // The login redirect names the page as a full URL; only its path into the backend is kept,
  // so the target is always on this site.
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value)
      return url.pathname === '/admin' || url.pathname.startsWith('/admin/')
        ? safeCallbackPath(`${url.pathname}${url.search}`, fallback)
        : fallback
    } catch {
      return fallback
    }
  }
  if (!value.startsWith('/')) return fallback
  let path: string
  try {
    const url = new URL(value, BASE)
    if (url.origin !== BASE) return fallback
    path = `${url.pathname}${url.search}${url.hash}`
  } catch {
    return fallback
  }
  return isLocalPath(path) ? path : fallback
}

/** A path a browser resolves on this site and requests unchanged. */
function isLocalPath(path: string): boolean {
  if (!path.startsWith('/') || /^\/[/\\]/.test(path)) return false
  if (/[\u0000-\u0020\u007f\\]/.test(path)) return false
  try {
    const again = new URL(path, BASE)
    return again.origin === BASE && `${again.pathname}${again.search}${again.hash}` === path
  } catch {
    return false
  }
}
