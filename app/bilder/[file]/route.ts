import { getImageVariant, IMAGE_WIDTHS, isImagePublic, mayUserSeeImage } from '@/db/public/images'
import { getCurrentUser } from '@/db/auth/session'

/*
 * Serves stored images: /bilder/<id>.webp?w=320. The type is fixed by the server, the browser may
 * not sniff it, and the response is sandboxed, so even a crafted file could not run as a page.
 *
 * An image is served only while the requester may see something that shows it: visitors an image
 * of a published item, signed-in users also those of drafts they may open. Unpublishing or
 * deleting the item ends that, so caches keep an image for a few minutes at most (never
 * `immutable`), and only the public ones are cacheable for others at all.
 */

const PUBLIC_CACHE = 'public, max-age=300'
const PRIVATE_CACHE = 'private, no-cache'

const ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.webp$/

const SAFE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cross-Origin-Resource-Policy': 'same-origin',
}

function notFound() {
  return new Response('Bild nicht gefunden', {
    status: 404,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...SAFE_HEADERS,
    },
  })
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = ID.exec((await params).file)
  if (!match) return notFound()
  const id = match[1]!
  // Visitors carry no session cookie, so only backend users reach the session check.
  const isPublic = await isImagePublic(id)
  if (!isPublic) {
    const user = await getCurrentUser()
    if (!user || !mayUserSeeImage(user, id)) return notFound()
  }
  const requested = Number(new URL(request.url).searchParams.get('w'))
  const width = IMAGE_WIDTHS.find((w) => w === requested) ?? null
  const image = await getImageVariant(id, width)
  if (!image) return notFound()
  const etag = `"${image.sha256}"`
  const headers = {
    'Content-Type': 'image/webp',
    'Content-Disposition': 'inline; filename="bild.webp"',
    'Cache-Control': isPublic ? PUBLIC_CACHE : PRIVATE_CACHE,
    ETag: etag,
    ...SAFE_HEADERS,
  }
  if (request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers })
  return new Response(Buffer.from(image.data), { headers })
}
