import { describe, expect, it } from 'vitest'
import {
  combineSamples,
  crawlerPaths,
  splitSupply,
  tallyAnswers,
  uniqueQueries,
  type UncachedSample,
} from './uncached'

describe('uncached load', () => {
  it('never asks the same search twice', () => {
    const next = uniqueQueries(['robotik', 'sensorik', 'maschinen'])
    const asked = Array.from({ length: 30 }, next)
    expect(new Set(asked).size).toBe(asked.length)
  })

  it('gives two compared runs words of the same draw and never one word twice', () => {
    const [one, many] = splitSupply(uniqueQueries(['robotik', 'sensorik', 'maschinen']), 2)
    // The first run takes all its words before the second one starts, as in the bench.
    const first = Array.from({ length: 20 }, one!)
    const second = Array.from({ length: 20 }, many!)
    expect(new Set([...first, ...second]).size).toBe(40)
    expect(first.slice(0, 2)).toEqual(['robotik', 'maschinen'])
    expect(second.slice(0, 2)).toEqual(['sensorik', 'roboti'])
  })

  it('counts only successful answers as renders, refusals by their status', () => {
    const answers = [
      ...Array.from({ length: 10 }, (_, i) => ({ status: 200, ms: 100 + i })),
      ...Array.from({ length: 80 }, () => ({ status: 429, ms: 1 })),
      ...Array.from({ length: 5 }, () => ({ status: 503, ms: 2 })),
      { status: 500, ms: 3 },
    ]
    expect(tallyAnswers(answers)).toEqual({
      ok: 10,
      status429: 80,
      status503: 5,
      status5xx: 6,
      non2xx: 86,
      p50: 104,
      p99: 109,
      p99All: 109,
    })
  })

  it('adds up rounds and keeps the worst latency', () => {
    const round = (ok: number, p99: number): UncachedSample => ({
      requests: ok + 2,
      ok,
      seconds: 4,
      p50: p99 / 2,
      p99,
      p99All: p99,
      errors: 0,
      non2xx: 2,
      status5xx: 0,
      status429: 2,
      status503: 0,
      bytes: 1000,
    })
    const both = combineSamples([round(100, 300), round(140, 200)])
    expect(both).toMatchObject({ ok: 240, seconds: 8, p99: 300, status429: 4, bytes: 1000 })
  })

  it('walks every page of the directory, then the pages by category and letter', () => {
    const next = crawlerPaths(3, ['vereine'])
    const walked = Array.from({ length: 6 }, next)
    expect(walked).toEqual([
      '/partner?seite=1',
      '/partner?seite=2',
      '/partner?seite=3',
      '/partner?kategorie=vereine&seite=1',
      '/partner?kategorie=vereine&seite=2',
      '/partner?kategorie=vereine&seite=3',
    ])
  })
})
