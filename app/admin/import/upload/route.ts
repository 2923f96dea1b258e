import { Forbidden, NotAuthenticated, requireRole, UserError } from '@/db/auth/guard'
import { importUploads, MAX_UPLOAD_BYTES, type UploadedFile } from '@/db/admin/transfer'
import { BodyTooLarge, parseMultipart, readBodyLimited } from '@/lib/request-body'
import { isSameOrigin } from '@/lib/same-origin'

/*
 * POST /admin/import/upload (multipart: files, mode=dryrun|run) → the import report as JSON.
 * Only admins get their body read at all: the role is checked first, then the size is counted
 * while the body arrives (100 MB; proxy.ts leaves this route alone, so nothing in front of it
 * buffers or cuts the body). The data layer checks the role again.
 */

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

function refusal(error: unknown): Response | null {
  if (error instanceof NotAuthenticated) return json({ error: 'Bitte melden Sie sich an.' }, 401)
  if (error instanceof Forbidden) return json({ error: 'Dafür fehlt Ihnen die Berechtigung.' }, 403)
  return null
}

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return json({ error: 'Anfrage von fremder Seite abgelehnt.' }, 403)
  try {
    await requireRole('admin')
  } catch (error) {
    const response = refusal(error)
    if (response) return response
    throw error
  }
  let form: FormData
  try {
    form = await parseMultipart(
      await readBodyLimited(request, MAX_UPLOAD_BYTES),
      request.headers.get('content-type'),
    )
  } catch (error) {
    if (error instanceof BodyTooLarge)
      return json({ error: 'Die Dateien sind zusammen größer als 100 MB.' }, 413)
    return json({ error: 'Die Anfrage konnte nicht gelesen werden.' }, 400)
  }
  const files: UploadedFile[] = []
  for (const entry of form.getAll('files')) {
    if (entry instanceof File)
      files.push({ path: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) })
  }
  if (files.length === 0) return json({ error: 'Bitte Dateien auswählen.' }, 400)
  try {
    const result = await importUploads(files, form.get('mode') !== 'run')
    return json(result)
  } catch (error) {
    const response = refusal(error)
    if (response) return response
    if (error instanceof UserError) return json({ error: error.message }, 400)
    console.error(
      JSON.stringify({
        level: 'error',
        event: 'import_failed',
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    return json({ error: 'Der Import ist fehlgeschlagen.' }, 500)
  }
}
