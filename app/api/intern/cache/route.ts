import { timingSafeEqual } from 'node:crypto'
import { revalidateTag } from 'next/cache'
import { z } from 'zod'
import { INTERNAL_SECRET_HEADER, internalSecret } from '@/lib/internal-expiry.mjs'
import { clearPageCache } from '@/lib/page-cache.mjs'

/*
 * POST /api/intern/cache: the server process expiring cache tags on its own behalf, for changes
 * that reached the database from outside a request (lib/internal-expiry.mjs). Anyone without
 * this process's in-memory secret gets a 404, as for any unknown address.
 */

const body = z.object({
  tags: z
    .array(
      z
        .string()
        .min(1)
        .max(256)
        .regex(/^[^,\s]+$/),
    )
    .min(1)
    .max(2000),
})

function authorized(request: Request): boolean {
  const given = Buffer.from(request.headers.get(INTERNAL_SECRET_HEADER) ?? '')
  const expected = Buffer.from(internalSecret())
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export async function POST(request: Request) {
  if (!authorized(request)) return new Response('Nicht gefunden.\n', { status: 404 })
  const parsed = body.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return new Response('Ungültige Anfrage.\n', { status: 400 })
  const tags = new Set(parsed.data.tags)
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  clearPageCache(tags)
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
}
