import { describe, expect, it } from 'vitest'
import { compareWithBaselines, costGrowth } from './baselines'
import type { Captured, Samples } from './measure'

const pages = [
  { key: 'home', label: 'home', path: '/' },
  { key: 'prerendered', label: 'prerendered /impressum', path: '/impressum' },
]
const captured: Captured[] = pages.map((page, i) => ({
  path: page.path,
  status: 200,
  contentType: 'text/html; charset=utf-8',
  body: Buffer.alloc(i === 0 ? 3000 : 1000),
}))

/** One sample per round at the given requests per second (10 s each). */
const rounds = (...rps: number[]) =>
  rps.map((r) => ({ requests: r * 10, seconds: 10, p50: 5, p99: 9, errors: 0, non2xx: 0 }))

describe('compareWithBaselines', () => {
  const samples: Samples = new Map([
    ['app:home', rounds(100, 300, 200)],
    ['raw:home', rounds(1000, 1000, 1000)],
    ['anchor:home', rounds(400, 600, 400)],
    ['app:prerendered', rounds(500, 500, 500)],
    ['raw:prerendered', rounds(1000, 1000, 1000)],
  ])

  it('takes the median of the per-round ratios to raw Node and to the prerendered page', () => {
    const [home, prerendered] = compareWithBaselines(pages, captured, samples, false)
    expect(home).toMatchObject({
      key: 'home',
      bytes: 3000,
      contentType: 'text/html; charset=utf-8',
    })
    expect(home!.vsRaw).toBeCloseTo(0.2)
    // Rounds: 100/400, 300/600, 200/400.
    expect(home!.vsPrerendered).toBeCloseTo(0.5)
    expect(home!.anchor?.rps).toBeCloseTo(466.67, 1)
    expect(prerendered).toMatchObject({ vsPrerendered: 1, vsRaw: 0.5, anchor: undefined })
  })

  it('holds a page against a prerendered page of its size through raw Node', () => {
    const [home, prerendered] = compareWithBaselines(pages, captured, samples, false)
    expect(home!.vsPrerenderedSameSize).toBeCloseTo(0.4)
    expect(prerendered!.vsPrerenderedSameSize).toBe(1)
  })

  it('skips rounds whose baseline served nothing, and reports nginx only when measured', () => {
    const broken: Samples = new Map(samples)
    broken.set('raw:home', [...rounds(1000, 1000), ...rounds(0)])
    broken.set('nginx:home', rounds(500, 500, 500))
    broken.set('nginx:prerendered', rounds(800, 800, 800))
    const [home, prerendered] = compareWithBaselines(pages, captured, broken, true)
    expect(home!.vsRaw).toBeCloseTo(0.2)
    expect(home!.nginx?.rps).toBe(500)
    expect(home!.nginxVsRaw).toBeCloseTo(0.5)
    expect(prerendered!.nginxVsRaw).toBeCloseTo(0.8)
    const [withoutNginx] = compareWithBaselines(pages, captured, broken, false)
    expect(withoutNginx).toMatchObject({ nginx: undefined, nginxVsRaw: undefined })
  })
})

describe('costGrowth', () => {
  /** The home page at `app` req/s, with the prerendered page at `anchor` next to it. */
  const home = (app: number, anchor: number) =>
    compareWithBaselines(
      pages,
      captured,
      new Map([
        ['app:home', rounds(app)],
        ['anchor:home', rounds(anchor)],
      ]),
      false,
    )[0]!

  it('compares the cost relative to the prerendered page between the data sets', () => {
    expect(costGrowth(home(300, 600), home(150, 600))).toBeCloseTo(2)
    expect(costGrowth(home(300, 600), undefined)).toBeNull()
  })
})
