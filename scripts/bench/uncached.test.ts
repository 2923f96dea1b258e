import { describe, expect, it } from 'vitest'
import { crawlerPaths, uniqueQueries } from './uncached'

describe('uncached load', () => {
  it('never asks the same search twice', () => {
    const next = uniqueQueries(['robotik', 'sensorik', 'maschinen'])
    const asked = Array.from({ length: 30 }, next)
    expect(new Set(asked).size).toBe(asked.length)
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
