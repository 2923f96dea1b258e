import { NotAuthenticated, requireUser, UserError } from '@/db/auth/guard'
import { clientAddress } from '@/db/auth/session'
import { RateLimited, storeUpload } from '@/db/admin/uploads'
import { MAX_IMAGE_BYTES } from '@/lib/images'
import { BodyTooLarge, parseMultipart, readBodyLimited } from '@/lib/request-body'
import { isSameOrigin } from '@/lib/same-origin'

/*
 * POST /admin/upload (multipart: file, kind) → { id }. Who is asking is settled before the body
 * is read, so an anonymous caller cannot make the server take in megabytes; the size is then
 * counted while the body arrives, before anything is decoded. The data layer checks the session
 * again, and the rate limit.
 */

const LIMIT = MAX_IMAGE_BYTES + 64 * 1024

function json(body: unknown, status = 200) {
  return Response.json(body, {
    status,
    // A refusal leaves the rest of the body unread; the connection is not reused for it.
    headers: {
      'Cache-Control': 'no-store',
      // proxy.ts, which gives backend answers their policy, does not run for this route.
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
      ...(status >= 400 ? { Connection: 'close' } : {}),
    },
  })
}

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return json({ error: 'Anfrage von fremder Seite abgelehnt.' }, 403)
  try {
    await requireUser()
  } catch (error) {
    if (error instanceof NotAuthenticated) return json({ error: 'Bitte melden Sie sich an.' }, 401)
    throw error
  }
  let form: FormData
  try {
    form = await parseMultipart(
      await readBodyLimited(request, LIMIT),
      request.headers.get('content-type'),
    )
  } catch (error) {
    if (error instanceof BodyTooLarge) return json({ error: 'Die Datei ist größer als 5 MB.' }, 413)
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
