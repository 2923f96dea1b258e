import { describe, expect, it } from 'vitest'
import { parseOptions } from './options'

describe('bench options', () => {
  it('parses options with the documented defaults', () => {
    expect(parseOptions([])).toMatchObject({
      partners: 400,
      news: 400,
      largePartners: 10000,
      largeNews: 20000,
      duration: 4,
      rounds: 2,
      connections: 10,
      lighthouse: true,
      withNginx: false,
    })
    expect(parseOptions(['--', '--quick', '--partners', '50'])).toMatchObject({
      quick: true,
      partners: 50,
      largePartners: 0,
      duration: 2,
    })
    expect(parseOptions([])).toMatchObject({ memory: false, memoryMinutes: 10 })
    expect(parseOptions(['--memory', '--memory-minutes', '2', '--workers', '3'])).toMatchObject({
      memory: true,
      memoryMinutes: 2,
      memoryProcesses: [1, 3],
    })
    expect(parseOptions(['--memory-processes', '1'])).toMatchObject({ memoryProcesses: [1] })
    expect(() => parseOptions(['--memory-processes', '1,x'])).toThrow()
    expect(() => parseOptions(['--memory-minutes', '0'])).toThrow()
    expect(() => parseOptions(['--bogus'])).toThrow()
    expect(() => parseOptions(['--duration'])).toThrow()
  })
})
