/*
 * Reading an upload's body with its size capped while it arrives: a declared Content-Length over
 * the limit is refused before a byte is read, and a body without one (or with a false one) is cut
 * off as soon as it passes the limit. Callers authenticate before they call this.
 */

export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge'
}

export async function readBodyLimited(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > limit) throw new BodyTooLarge()
  const reader = request.body?.getReader()
  if (!reader) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new BodyTooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** Parses a multipart body that has already been read (and measured). */
export async function parseMultipart(bytes: Uint8Array<ArrayBuffer>, contentType: string | null) {
  return new Response(bytes, {
    headers: { 'content-type': contentType ?? '' },
  }).formData()
}
