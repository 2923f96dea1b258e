import { createHash } from 'node:crypto'
import { fileTypeFromBuffer } from 'file-type'
import sharp, { type OutputInfo } from 'sharp'

/*
 * Every image the portal stores goes through here: the type is taken from the bytes (never the
 * name), the size and pixel count are capped before decoding, and the picture is re-encoded to
 * WebP with its metadata dropped — which also neutralises anything hidden in the original.
 */

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
/** About 16.7 megapixels (4096 × 4096); sharp's own default would accept 268 MP. */
export const MAX_INPUT_PIXELS = 4096 * 4096
const MAX_EDGE = { logo: 1024, photo: 1600 } as const

export type ImageKind = keyof typeof MAX_EDGE

export type ProcessedImage = {
  data: Buffer
  mimeType: 'image/webp'
  width: number
  height: number
  byteSize: number
  sha256: string
  sourceSha256: string
}

export class ImageError extends Error {
  override name = 'ImageError'
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

const ACCEPTED = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif'])

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)
}

/** Detects the real type of an upload: png, jpeg, webp, gif or svg; null for anything else. */
export async function detectImageType(bytes: Uint8Array): Promise<string | null> {
  const type = await fileTypeFromBuffer(bytes)
  if (type && ACCEPTED.has(type.mime)) return type.mime
  if ((!type || type.mime === 'application/xml') && looksLikeSvg(bytes)) return 'image/svg+xml'
  return null
}

export const SVG_REFUSED =
  'SVG-Dateien werden nicht angenommen. Bitte das Bild als PNG, JPEG oder WebP hochladen.'

export async function processImage(bytes: Uint8Array, kind: ImageKind): Promise<ProcessedImage> {
  if (bytes.byteLength === 0) throw new ImageError('Die Bilddatei ist leer.')
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    throw new ImageError('Die Bilddatei ist größer als 5 MB.')
  }
  const type = await detectImageType(bytes)
  // SVG is a document format (scripts, external references, filters that take any amount of
  // time to draw); rather than feed it to a renderer, it is refused.
  if (type === 'image/svg+xml') throw new ImageError(SVG_REFUSED)
  if (!type) {
    throw new ImageError('Das ist kein unterstütztes Bild (erlaubt: PNG, JPEG, WebP, GIF).')
  }
  const edge = MAX_EDGE[kind]
  let output: { data: Buffer; info: OutputInfo }
  try {
    const input = sharp(bytes, {
      limitInputPixels: MAX_INPUT_PIXELS,
      failOn: 'error',
      // Only the first frame of an animation.
      animated: false,
    })
    output = await input
      .rotate()
      .resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85, effort: 4 })
      .toBuffer({ resolveWithObject: true })
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    if (/pixel limit/i.test(message)) {
      throw new ImageError('Das Bild hat zu viele Pixel (höchstens 4096 × 4096).')
    }
    throw new ImageError('Das Bild konnte nicht gelesen werden (beschädigt oder unvollständig).')
  }
  return {
    data: output.data,
    mimeType: 'image/webp',
    width: output.info.width,
    height: output.info.height,
    byteSize: output.data.byteLength,
    sha256: sha256(output.data),
    sourceSha256: sha256(bytes),
  }
}
