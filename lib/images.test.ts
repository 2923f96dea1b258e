import { deflateSync } from 'node:zlib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { detectImageType, ImageError, processImage, SVG_REFUSED } from './images'

/* The upload fixture set: real images pass (re-encoded), everything else is refused or defused. */

function crc32(bytes: Buffer): number {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A tiny file whose header claims 50,000 × 50,000 pixels. */
function pixelFlood(): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(50_000, 0)
  ihdr.writeUInt32BE(50_000, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(100))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

async function png(width = 64, height = 32) {
  return sharp({ create: { width, height, channels: 3, background: '#0b6e8e' } })
    .png()
    .toBuffer()
}

describe('processImage', () => {
  it('re-encodes a real PNG as WebP, bytes differ from the upload', async () => {
    const input = await png()
    const out = await processImage(input, 'logo')
    expect(out.mimeType).toBe('image/webp')
    expect(out.data.equals(input)).toBe(false)
    expect((await sharp(out.data).metadata()).format).toBe('webp')
    expect(out.sourceSha256).not.toBe(out.sha256)
  })

  it('drops EXIF and GPS metadata', async () => {
    const withExif = await sharp(await png())
      .jpeg()
      .withMetadata({
        exif: {
          IFD0: { Make: 'Spionkamera', Model: 'X1', ImageDescription: '<script>alert(1)</script>' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 43/1 0/1' },
        },
      })
      .toBuffer()
    expect((await sharp(withExif).metadata()).exif).toBeDefined()
    const out = await processImage(withExif, 'photo')
    const meta = await sharp(out.data).metadata()
    expect(meta.exif).toBeUndefined()
    expect(out.data.includes(Buffer.from('Spionkamera'))).toBe(false)
    expect(out.data.includes(Buffer.from('<script>'))).toBe(false)
  })

  it('shrinks large images to the size the portal shows', async () => {
    const out = await processImage(await png(3000, 1500), 'logo')
    expect(out.width).toBe(1024)
    expect(out.height).toBe(512)
  })

  it('refuses a pixel flood before decoding it', async () => {
    await expect(processImage(pixelFlood(), 'logo')).rejects.toThrow(/zu viele Pixel/)
  })

  it.each([
    [
      'HTML named logo.png',
      Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
    ],
    ['JavaScript', Buffer.from('alert(document.cookie)')],
    [
      'a PDF',
      Buffer.from(
        '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF',
      ),
    ],
    ['an empty file', Buffer.alloc(0)],
    ['a ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])],
  ])('refuses %s', async (_label, bytes) => {
    await expect(processImage(bytes, 'logo')).rejects.toBeInstanceOf(ImageError)
  })

  it('refuses files over 5 MB without decoding them', async () => {
    await expect(processImage(Buffer.alloc(5 * 1024 * 1024 + 1, 1), 'logo')).rejects.toThrow(
      /größer als 5 MB/,
    )
  })

  it('refuses SVG with a German message, also when named .png', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" onload="alert(1)"><script>alert(2)</script><rect width="40" height="20" fill="red"/></svg>',
    )
    expect(await detectImageType(svg)).toBe('image/svg+xml')
    await expect(processImage(svg, 'logo')).rejects.toThrow(SVG_REFUSED)
    const xml = Buffer.from(`<?xml version="1.0"?>\n<!-- Logo -->\n${svg.toString()}`)
    await expect(processImage(xml, 'photo')).rejects.toThrow(/SVG-Dateien werden nicht angenommen/)
  })

  it('defuses a JPEG/HTML polyglot: only the picture survives', async () => {
    const jpeg = await sharp(await png())
      .jpeg()
      .toBuffer()
    const polyglot = Buffer.concat([jpeg, Buffer.from('<html><script>alert(1)</script></html>')])
    const out = await processImage(polyglot, 'photo')
    expect(out.data.includes(Buffer.from('<script>'))).toBe(false)
    expect((await sharp(out.data).metadata()).format).toBe('webp')
  })

  it('keeps only the first frame of an animation', async () => {
    const frames = await sharp({
      create: { width: 16, height: 48, channels: 4, background: '#ff0000' },
    })
      .gif()
      .toBuffer()
    const animated = await sharp(frames, { pages: -1 }).gif({ loop: 0 }).toBuffer()
    const out = await processImage(animated, 'logo')
    expect((await sharp(out.data).metadata()).pages ?? 1).toBe(1)
  })
})
