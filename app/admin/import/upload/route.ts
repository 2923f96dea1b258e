import { Forbidden, NotAuthenticated, UserError } from '@/db/guard'
import { importUploads, MAX_UPLOAD_BYTES, type UploadedFile } from '@/db/transfer'
import { isSameOrigin } from '@/lib/same-origin'

/*
 * POST /admin/import/upload (multipart: files, mode=dryrun|run) → the import report as JSON.
 * The admin check happens in the data layer; the size is capped while the body arrives.
 */

function json(body: unknown, status = 200) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return json({ error: 'Anfrage von fremder Seite abgelehnt.' }, 403)
  if (Number(request.headers.get('content-length') ?? '0') > MAX_UPLOAD_BYTES)
    return json({ error: 'Die Dateien sind zusammen größer als 100 MB.' }, 413)
  let form: FormData
  try {
    form = await request.formData()
  } catch {
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
    if (error instanceof NotAuthenticated) return json({ error: 'Bitte melden Sie sich an.' }, 401)
    if (error instanceof Forbidden)
      return json({ error: 'Dafür fehlt Ihnen die Berechtigung.' }, 403)
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
