import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { decodeBody, statusOfErrorDocument, statusPagePath } from './status-pages.mjs'

describe('status pages', () => {
  it('reads the status an empty error document stands for', () => {
    const shell = (digest: string) =>
      `<!DOCTYPE html><html id="__next_error__"><body></body><script>{"digest":"${digest}"}</script></html>`
    expect(statusOfErrorDocument(shell('NEXT_HTTP_ERROR_FALLBACK;404'), 404)).toBe(404)
    expect(statusOfErrorDocument(shell('NEXT_HTTP_ERROR_FALLBACK;403'), 200)).toBe(403)
    expect(statusOfErrorDocument(shell('2841557431'), 200)).toBe(500)
    expect(statusOfErrorDocument(shell('NEXT_REDIRECT;replace;/login;307;'), 200)).toBeNull()
    expect(statusOfErrorDocument(shell(''), 308)).toBeNull()
  })

  it('keeps the visitor in the area the address belongs to', () => {
    expect(statusPagePath('/admin/users', 403)).toBe('/admin/_status/403')
    expect(statusPagePath('/admin/news/9', 404)).toBe('/admin/_status/404')
    expect(statusPagePath('/administration', 404)).toBe('/_status/404')
    expect(statusPagePath('/irgendwas', 404)).toBe('/_status/404')
    expect(statusPagePath('/admin', 500)).toBe('/_status/500')
  })

  it('answers English addresses with the English status pages', () => {
    expect(statusPagePath('/en/news/unknown', 404)).toBe('/en/_status/404')
    expect(statusPagePath('/en', 500)).toBe('/en/_status/500')
    expect(statusPagePath('/entwicklung', 404)).toBe('/_status/404')
  })

  it('reads the start of a compressed body before it is complete', () => {
    const html = `<!DOCTYPE html><html id="__next_error__"><head>${'x'.repeat(5000)}`
    for (const [encoding, compress] of [
      ['gzip', (b: Buffer) => zlib.gzipSync(b)],
      ['br', (b: Buffer) => zlib.brotliCompressSync(b)],
      ['deflate', (b: Buffer) => zlib.deflateSync(b)],
    ] as const) {
      const whole = compress(Buffer.from(html))
      expect(decodeBody(whole, encoding, true)).toBe(html)
      expect(decodeBody(whole.subarray(0, whole.length - 4), encoding)).toContain('__next_error__')
    }
    expect(decodeBody(Buffer.from('<html lang="de">'), undefined)).toBe('<html lang="de">')
  })
})
