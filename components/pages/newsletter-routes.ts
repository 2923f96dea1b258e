import { confirmNewsletter, unsubscribeNewsletter } from '@/db/admin/newsletter-visitor'
import type { Locale } from '@/lib/i18n/locales'
import { newsletterPath } from '@/lib/i18n/paths'
import { newsletterText } from '@/lib/newsletter/texts'
import { absoluteUrl } from '@/lib/site'

/* The newsletter's route handlers in each language; the mails link to the subscriber's. */

const seeOther = (path: string, extra: Record<string, string> = {}) =>
  new Response(null, {
    status: 303,
    headers: { location: absoluteUrl(path), 'cache-control': 'no-store', ...extra },
  })

/*
 * The link in the confirmation mail. Confirming is the visitor's second, deliberate step of the
 * double opt-in; the token is single-use and expires after 48 hours. The client address is kept
 * as proof of the confirmation (as TRUST_PROXY allows).
 */
export function confirmResponse(request: Request, locale: Locale): Response {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const ok = confirmNewsletter(token, request.headers.get('x-clusterportal-client'))
  return seeOther(newsletterPath(ok ? 'confirmed' : 'invalidLink', locale), {
    'referrer-policy': 'no-referrer',
  })
}

function keyOf(request: Request): string {
  return new URL(request.url).searchParams.get('key') ?? ''
}

/*
 * One-click unsubscribe (RFC 8058): the mail's List-Unsubscribe address, and the target of the
 * button on the unsubscribe page. A POST with the key unsubscribes at once: no login, no
 * cookie, no second step. Mail providers post from their own servers, so there is no Origin to
 * compare; the key from the subscriber's mail is the authorization.
 */
export function oneClickPost(request: Request, locale: Locale): Response {
  const key = keyOf(request)
  const done = key.length > 0 && key.length <= 100 && unsubscribeNewsletter(key)
  const fromBrowser = (request.headers.get('accept') ?? '').includes('text/html')
  if (fromBrowser) return seeOther(newsletterPath(done ? 'unsubscribed' : 'invalidLink', locale))
  const t = newsletterText(locale)
  return new Response(`${done ? t.oneClickDone : t.oneClickUnknown}\n`, {
    status: done ? 200 : 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
}

/** GET changes nothing (link scanners follow links): it only leads to the page with the button. */
export function oneClickGet(request: Request, locale: Locale): Response {
  return seeOther(
    `${newsletterPath('unsubscribe', locale)}?key=${encodeURIComponent(keyOf(request))}`,
  )
}
