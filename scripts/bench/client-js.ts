import zlib from 'node:zlib'
import type { Page } from './datasets'
import { request } from './http'
import { inlineScripts, scriptSources } from './page-scripts'

/*
 * Client JavaScript per page: the script files a current browser loads (gzip level 6), what a
 * page loads beyond /impressum and beyond the 404 page, and its inline scripts.
 */

export async function clientJs(base: string, pages: Page[]) {
  const sizes = new Map<string, { raw: number; gzip: number }>()
  const measure = async (src: string) => {
    const known = sizes.get(src)
    if (known) return known
    const res = await request(base + src)
    const size = { raw: res.body.length, gzip: zlib.gzipSync(res.body, { level: 6 }).length }
    sizes.set(src, size)
    return size
  }
  const all = [...pages, { key: 'notFound', label: '404 page', path: '/gibt-es-nicht/wirklich' }]
  const perPage: Record<
    string,
    {
      path: string
      scripts: string[]
      gzip: number
      raw: number
      inlineGzip: number
      noModuleGzip: number
    }
  > = {}
  for (const page of all) {
    const html = (await request(base + page.path)).body.toString('utf8')
    const scripts = scriptSources(html)
    let gzip = 0
    let raw = 0
    for (const src of scripts) {
      const size = await measure(src)
      gzip += size.gzip
      raw += size.raw
    }
    let noModuleGzip = 0
    for (const src of scriptSources(html, { noModule: true }))
      noModuleGzip += (await measure(src)).gzip
    const inline = inlineScripts(html).join('\n')
    perPage[page.key] = {
      path: page.path,
      scripts,
      gzip,
      raw,
      inlineGzip: zlib.gzipSync(inline, { level: 6 }).length,
      noModuleGzip,
    }
  }
  const extra = (key: string, reference: string) => {
    const own = perPage[key]
    const ref = new Set(perPage[reference]?.scripts ?? [])
    if (!own) return 0
    return own.scripts
      .filter((s) => !ref.has(s))
      .reduce((sum, s) => sum + (sizes.get(s)?.gzip ?? 0), 0)
  }
  const result = Object.fromEntries(
    Object.entries(perPage).map(([key, value]) => [
      key,
      {
        ...value,
        extraVsPrerendered: extra(key, 'prerendered'),
        extraVsNotFound: extra(key, 'notFound'),
      },
    ]),
  )
  return result
}
