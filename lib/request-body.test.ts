import { describe, expect, it } from 'vitest'
import { BodyTooLarge, readBodyLimited } from './request-body'

function streamed(chunks: number[], headers: Record<string, string> = {}): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size))
      controller.close()
    },
  })
  return new Request('http://portal.test/admin/upload', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit)
}

describe('readBodyLimited', () => {
  it('returns a body within the limit', async () => {
    expect((await readBodyLimited(streamed([400, 600]), 1000)).byteLength).toBe(1000)
  })

  it('refuses a declared length over the limit without reading', async () => {
    const request = streamed([10], { 'content-length': '5000' })
    await expect(readBodyLimited(request, 1000)).rejects.toBeInstanceOf(BodyTooLarge)
    expect(request.bodyUsed).toBe(false)
  })

  it('counts while streaming when no length is declared', async () => {
    await expect(readBodyLimited(streamed([600, 600]), 1000)).rejects.toBeInstanceOf(BodyTooLarge)
  })
})
