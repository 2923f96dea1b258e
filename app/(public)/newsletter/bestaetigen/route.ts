import { confirmNewsletter } from '@/db/admin/newsletter-visitor'
import { absoluteUrl } from '@/lib/site'

/*
 * The link in the confirmation mail. Confirming is the visitor's second, deliberate step of the
 * double opt-in; the token is single-use and expires after 48 hours. The client address is kept
 * as proof of the confirmation (as TRUST_PROXY allows).
 */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const ok = confirmNewsletter(token, request.headers.get('x-clusterportal-client'))
  return new Response(null, {
    status: 303,
    headers: {
      location: absoluteUrl(ok ? '/newsletter/bestaetigt' : '/newsletter/link-ungueltig'),
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  })
}
