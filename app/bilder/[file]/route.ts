import { getImageVariant, IMAGE_WIDTHS } from '@/db/public-images'

/*
 * Serves stored images: /bilder/<id>.webp?w=320. The type is fixed by the server, the browser may
 * not sniff it, and the response is sandboxed, so even a crafted file could not run as a page.
 */

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
  const requested = Number(new URL(request.url).searchParams.get('w'))
  const width = IMAGE_WIDTHS.find((w) => w === requested) ?? null
  const image = await getImageVariant(match[1]!, width)
  if (!image) return notFound()
  const etag = `"${image.sha256}"`
  const headers = {
    'Content-Type': 'image/webp',
    'Content-Disposition': 'inline; filename="bild.webp"',
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    ...SAFE_HEADERS,
  }
  if (request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers })
  return new Response(Buffer.from(image.data), { headers })
}
