import { describe, expect, it } from 'vitest'
import { memoryTrend } from './memory-trend'

describe('memory trend of a long run', () => {
  it('says memory levelled off when the last third reaches no new height', () => {
    const trend = memoryTrend({
      label: 'server',
      pid: 1,
      mb: [160, 200, 240, 250, 248, 252, 249, 251, 250],
    })
    expect(trend).toMatchObject({ maxMB: 252, middleMaxMB: 252, lastMaxMB: 251, levelledOff: true })
  })

  it('says memory still grows when the last third climbs above the middle third', () => {
    const trend = memoryTrend({
      label: 'server',
      pid: 1,
      mb: [160, 180, 200, 220, 240, 260, 280, 300, 320],
    })
    expect(trend).toMatchObject({
      maxMB: 320,
      middleMaxMB: 260,
      lastMaxMB: 320,
      levelledOff: false,
    })
  })

  it('does not judge a series too short to have thirds', () => {
    expect(memoryTrend({ label: 'server', pid: 1, mb: [200, 200] }).levelledOff).toBe(false)
  })
})
