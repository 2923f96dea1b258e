import { unsubscribeNewsletter } from '@/db/admin/newsletter-visitor'
import { absoluteUrl } from '@/lib/site'

/*
 * One-click unsubscribe (RFC 8058): the mail's List-Unsubscribe address, and the target of the
 * button on /newsletter/abbestellen. A POST with the key unsubscribes at once: no login, no
 * cookie, no second step. Mail providers post from their own servers, so there is no Origin to
 * compare; the key from the subscriber's mail is the authorization. GET changes nothing
 * (link scanners follow links), it only leads to the page with the button.
 */

function keyOf(request: Request): string {
  return new URL(request.url).searchParams.get('key') ?? ''
}

export async function POST(request: Request) {
  const key = keyOf(request)
  const done = key.length > 0 && key.length <= 100 && unsubscribeNewsletter(key)
  const fromBrowser = (request.headers.get('accept') ?? '').includes('text/html')
  if (fromBrowser)
    return new Response(null, {
      status: 303,
      headers: {
        location: absoluteUrl(done ? '/newsletter/abgemeldet' : '/newsletter/link-ungueltig'),
        'cache-control': 'no-store',
      },
    })
  return new Response(done ? 'Abgemeldet.\n' : 'Unbekannter Link.\n', {
    status: done ? 200 : 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
}

export async function GET(request: Request) {
  return new Response(null, {
    status: 303,
    headers: {
      location: absoluteUrl(`/newsletter/abbestellen?key=${encodeURIComponent(keyOf(request))}`),
      'cache-control': 'no-store',
    },
  })
}
