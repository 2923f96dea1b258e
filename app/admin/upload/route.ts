import { NotAuthenticated, UserError } from '@/db/guard'
import { clientAddress } from '@/db/session'
import { RateLimited, storeUpload } from '@/db/uploads'
import { MAX_IMAGE_BYTES } from '@/lib/images'
import { isSameOrigin } from '@/lib/same-origin'

/*
 * POST /admin/upload (multipart: file, kind) → { id }. The size is checked while the body
 * arrives, before anything is decoded; the data layer checks the session and the rate limit.
 */

const LIMIT = MAX_IMAGE_BYTES + 64 * 1024

function json(body: unknown, status = 200) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}

async function readLimited(request: Request): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > LIMIT) return null
  const reader = request.body?.getReader()
  if (!reader) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > LIMIT) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return json({ error: 'Anfrage von fremder Seite abgelehnt.' }, 403)
  const body = await readLimited(request)
  if (!body) return json({ error: 'Die Datei ist größer als 5 MB.' }, 413)
  let form: FormData
  try {
    form = await new Response(Buffer.from(body), {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData()
  } catch {
    return json({ error: 'Die Anfrage konnte nicht gelesen werden.' }, 400)
  }
  const file = form.get('file')
  const kind = form.get('kind')
  if (!(file instanceof File) || (kind !== 'logo' && kind !== 'photo'))
    return json({ error: 'Bitte eine Bilddatei auswählen.' }, 400)
  try {
    const stored = await storeUpload(
      new Uint8Array(await file.arrayBuffer()),
      kind,
      await clientAddress(),
    )
    return json(stored, 201)
  } catch (error) {
    if (error instanceof NotAuthenticated) return json({ error: 'Bitte melden Sie sich an.' }, 401)
    if (error instanceof RateLimited)
      return json({ error: 'Zu viele Uploads. Bitte in einer Stunde erneut versuchen.' }, 429)
    if (error instanceof UserError) return json({ error: error.message }, 400)
    console.error(
      JSON.stringify({
        level: 'error',
        event: 'upload_failed',
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    return json({ error: 'Das Hochladen ist fehlgeschlagen.' }, 500)
  }
}
