import { describe, expect, it } from 'vitest'
import { summarize } from './stats'

describe('bench statistics', () => {
  it('combines rounds: throughput over all time, median and worst p99', () => {
    const summary = summarize([
      { requests: 1000, seconds: 5, p50: 4, p99: 10, errors: 0, non2xx: 1 },
      { requests: 500, seconds: 5, p50: 6, p99: 30, errors: 2, non2xx: 0 },
    ])
    expect(summary).toMatchObject({ rps: 150, p50: 5, p99: 20, p99Worst: 30, errors: 2, non2xx: 1 })
  })
})
