import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createPageCache, type PageCache } from './page-cache.mjs'

/* The finished-page cache in front of Next.js, against a real HTTP server. */

type Reply = { status: number; headers: IncomingMessage['headers']; body: string }

let server: Server | undefined
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
)

/** A server whose "renderer" counts its calls; `respond` may be replaced per test. */
async function start(cache: PageCache) {
  const state = {
    renders: 0,
    respond: (url: string, res: import('node:http').ServerResponse) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
      res.write(`<p>${url}`)
      res.end(` render ${state.renders}</p>`)
    },
  }
  const serve = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    const rendering = cache.whenRendered(req)
    if (rendering) {
      void rendering.then(() => serve(req, res))
      return
    }
    if (cache.handle(req, res)) return
    state.renders++
    state.respond(req.url!, res)
  }
  server = createServer(serve)
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const port = (server!.address() as AddressInfo).port
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Reply>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        )
      })
      req.on('error', reject)
      req.end()
    })
  return { state, get }
}

describe('page cache', () => {
  it('serves a repeated anonymous view from memory, with the same bytes and headers', async () => {
    const { state, get } = await start(createPageCache())
    const first = await get('/partner?seite=2')
    const second = await get('/partner?seite=2')
    expect(state.renders).toBe(1)
    expect(second.body).toBe(first.body)
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(first.body)))
    await get('/partner?seite=3')
    expect(state.renders).toBe(2)
  })

  it('answers HEAD from a stored page without a body', async () => {
    const { state, get } = await start(createPageCache())
    await get('/aktuelles')
    const head = await get('/aktuelles', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(state.renders).toBe(1)
  })

  it('leaves logged-in visitors, the backend, client navigations and writes to the server', async () => {
    const { state, get } = await start(createPageCache())
    const cases: [string, Record<string, string>, string?][] = [
      ['/partner', { cookie: 'authjs.session-token=abc' }],
      ['/partner', { cookie: 'x=1; __Secure-authjs.session-token=abc' }],
      ['/partner', { rsc: '1' }],
      ['/partner?_rsc=1a2b', {}],
      ['/admin/news', {}],
      ['/login', {}],
      ['/api/health', {}],
      ['/bilder/x.webp', {}],
    ]
    for (const [path, headers] of cases) {
      await get(path, headers)
      await get(path, headers)
    }
    expect(state.renders).toBe(cases.length * 2)
    await get('/partner', {}, 'POST')
    await get('/partner', {}, 'POST')
    expect(state.renders).toBe(cases.length * 2 + 2)
  })

  it('keeps one copy per accepted encoding', async () => {
    const { state, get } = await start(createPageCache())
    await get('/', { 'accept-encoding': 'gzip, deflate' })
    await get('/', {})
    await get('/', { 'accept-encoding': 'gzip,deflate' })
    expect(state.renders).toBe(2)
    // Tokens no compressor knows do not make further copies.
    await get('/', { 'accept-encoding': 'deflate, gzip, x-unbekannt-1' })
    await get('/', { 'accept-encoding': 'gzip, x-unbekannt-2, deflate;q=1.0' })
    expect(state.renders).toBe(2)
    await get('/', { 'accept-encoding': 'gzip;q=0' })
    expect(state.renders).toBe(3)
  })

  it('forgets everything on clear(), and never stores a page rendered across a clear()', async () => {
    const cache = createPageCache()
    const { state, get } = await start(cache)
    await get('/partner')
    cache.clear()
    expect((await get('/partner')).body).toContain('render 2')
    expect(state.renders).toBe(2)

    // A render that is still running when the content changes must not be kept.
    state.respond = (url, res) => {
      res.write('<p>alt</p>')
      cache.clear()
      res.end()
    }
    await get('/aktuelles')
    state.respond = (url, res) => res.end(`<p>neu ${url}</p>`)
    expect((await get('/aktuelles')).body).toBe('<p>neu /aktuelles</p>')
    expect((await get('/aktuelles')).body).toBe('<p>neu /aktuelles</p>')
    expect(state.renders).toBe(4)
  })

  const PAGES = ['/aktuelles', '/impressum', '/partner', '/partner/energie/solar-gmbh', '/']

  /** Views every page once (each is stored), expires `tags`, views them again. */
  async function rendersAfter(tags: string[] | undefined): Promise<string[]> {
    const cache = createPageCache()
    const { state, get } = await start(cache)
    for (const path of PAGES) await get(path)
    cache.clear(tags)
    const rendered: string[] = []
    state.respond = (url, res) => {
      rendered.push(url)
      res.end(`<p>neu ${url}</p>`)
    }
    for (const path of PAGES) expect((await get(path)).body).toContain(path)
    return rendered
  }

  it('forgets only the pages that can show a partner when partner tags expire', async () => {
    expect(await rendersAfter(['partners', 'partner:12', 'search'])).toEqual([
      '/partner',
      '/partner/energie/solar-gmbh',
      '/',
    ])
    // A news item that names a partner: the pages showing news or partners go, the legal page stays.
    expect(await rendersAfter(['news', 'news:3', 'partner:12'])).toEqual([
      '/aktuelles',
      '/partner',
      '/partner/energie/solar-gmbh',
      '/',
    ])
    expect(await rendersAfter(['pages', 'page:impressum'])).toEqual(['/impressum', '/'])
  })

  it('forgets every page for the tag content, for no tags and for a tag it does not know', async () => {
    for (const tags of [['content'], undefined, ['partner:1', 'irgendwas']])
      expect(await rendersAfter(tags)).toEqual(PAGES)
  })

  it('does not store a render that raced an expiry of a kind it shows', async () => {
    const cache = createPageCache()
    const { state, get } = await start(cache)
    state.respond = (url, res) => {
      res.write(`<p>alt ${url}</p>`)
      cache.clear(['partner:12'])
      res.end()
    }
    await get('/partner')
    await get('/aktuelles')
    state.respond = (url, res) => res.end(`<p>neu ${url}</p>`)
    expect((await get('/partner')).body).toBe('<p>neu /partner</p>')
    // The news list does not show partners: its render was kept.
    expect((await get('/aktuelles')).body).toBe('<p>alt /aktuelles</p>')
    expect(state.renders).toBe(3)
  })

  it('stores only complete 200 answers without cookies', async () => {
    const { state, get } = await start(createPageCache())
    state.respond = (url, res) => {
      if (url === '/fehlt') res.writeHead(404, { 'Content-Type': 'text/html' }).end('nicht da')
      else {
        res.setHeader('Set-Cookie', 'a=b')
        res.end('mit Cookie')
      }
    }
    for (const path of ['/fehlt', '/fehlt', '/keks', '/keks']) await get(path)
    expect(state.renders).toBe(4)
  })

  it('keeps headers passed to writeHead', async () => {
    const { state, get } = await start(createPageCache())
    state.respond = (url, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'X-Test': 'ja' })
      res.end('<rss/>')
    }
    await get('/feed.xml')
    const cached = await get('/feed.xml')
    expect(state.renders).toBe(1)
    expect(cached.headers['content-type']).toBe('application/rss+xml')
    expect(cached.headers['x-test']).toBe('ja')
  })

  it('stays within its bounds: entry count, entry size and age', async () => {
    let clock = 0
    const cache = createPageCache({
      maxEntries: 2,
      maxEntryBytes: 1000,
      ttlMs: 1000,
      now: () => clock,
    })
    const { state, get } = await start(cache)
    for (const path of ['/a', '/b', '/c', '/a']) await get(path)
    expect(state.renders).toBe(4) // /a was dropped for /c
    expect(cache.stats().entries).toBe(2)

    state.respond = (url, res) => res.end('x'.repeat(2000))
    await get('/gross')
    await get('/gross')
    expect(state.renders).toBe(6)

    await get('/c')
    expect(state.renders).toBe(6)
    clock = 1001
    await get('/c')
    expect(state.renders).toBe(7)
  })

  it('counts the key and the headers of every page against its size bound', async () => {
    const maxBytes = 40_000
    const cache = createPageCache({ maxBytes })
    const { get, state } = await start(cache)
    state.respond = (url, res) => {
      res.setHeader('X-Long', 'h'.repeat(1000))
      res.end('x')
    }
    const longTerm = 'a'.repeat(1500)
    for (let i = 0; i < 60; i++) await get(`/suche?q=${i}-${longTerm}`)
    const { entries, bytes } = cache.stats()
    // What the entries really hold: at least their addresses and their headers.
    const held = entries * (1500 + 1000)
    expect(held).toBeLessThanOrEqual(maxBytes)
    expect(bytes).toBeGreaterThanOrEqual(held)
    expect(bytes).toBeLessThanOrEqual(maxBytes)
    expect(entries).toBeGreaterThan(0)
  })

  it('renders requests with headers that change the page for their sender only', async () => {
    const cache = createPageCache()
    const { state, get } = await start(cache)
    // What Next does with these headers: an empty prefetch answer, nonces copied from the policy.
    state.respond = (url, res) => {
      if (res.req.headers['x-middleware-prefetch']) return res.end('{}')
      const policy = String(res.req.headers['content-security-policy'] ?? '')
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1]
      res.end(nonce ? `<script nonce="${nonce}"></script>` : '<p>Seite</p>')
    }
    const variants: Record<string, string>[] = [
      { 'x-middleware-prefetch': '1' },
      { 'content-security-policy': "script-src 'nonce-fremd'" },
      { 'content-security-policy-report-only': "script-src 'nonce-fremd'" },
      { 'next-router-segment-prefetch': '/_tree' },
      { 'next-url': '/aktuelles' },
    ]
    for (const headers of variants) {
      await get('/impressum', headers)
      await get('/impressum', headers)
    }
    expect(state.renders).toBe(10)
    expect(cache.stats().entries).toBe(0)
    expect((await get('/impressum')).body).toBe('<p>Seite</p>')
    expect((await get('/impressum')).body).toBe('<p>Seite</p>')
    expect(state.renders).toBe(11)
  })

  it('does not share a page that varies on a header the key does not hold', async () => {
    const { state, get } = await start(createPageCache())
    state.respond = (url, res) => {
      res.setHeader('Vary', 'Accept-Language')
      res.end('<p>de</p>')
    }
    await get('/')
    await get('/')
    expect(state.renders).toBe(2)
  })

  it('renders a page once for visitors who ask for it while it is being rendered', async () => {
    const { state, get } = await start(createPageCache())
    let finish: () => void = () => {}
    state.respond = (url, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      // The first render takes until the other requests have arrived.
      finish = () => res.end(`<p>${url} render ${state.renders}</p>`)
    }
    const replies = Array.from({ length: 5 }, () => get('/aktuelles'))
    while (state.renders === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    await new Promise((resolve) => setTimeout(resolve, 50))
    finish()
    const bodies = (await Promise.all(replies)).map((reply) => reply.body)
    expect(state.renders).toBe(1)
    expect(new Set(bodies)).toEqual(new Set(['<p>/aktuelles render 1</p>']))
  })

  it('lets the waiting visitors render when the first answer is not stored', async () => {
    const { state, get } = await start(createPageCache())
    state.respond = (url, res) => {
      res.statusCode = 404
      setTimeout(() => res.end('<p>fehlt</p>'), 30)
    }
    const replies = await Promise.all(Array.from({ length: 3 }, () => get('/gibt-es-nicht')))
    expect(replies.map((reply) => reply.status)).toEqual([404, 404, 404])
    expect(state.renders).toBe(3)
  })
})
