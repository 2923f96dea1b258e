/**
 * Where to go after logging in: only a path on this site. Anything else (another host,
 * protocol-relative "//x", "/\\x", "javascript:", control characters) falls back to /admin.
 */
export function safeCallbackPath(value: unknown, fallback = '/admin'): string {
  if (typeof value !== 'string' || value.length > 500) return fallback
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
  if (
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\') ||
    /[\u0000-\u001f\\]/.test(value)
  ) {
    return fallback
  }
  try {
    const url = new URL(value, 'http://portal.invalid')
    if (url.origin !== 'http://portal.invalid') return fallback
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return fallback
  }
}
