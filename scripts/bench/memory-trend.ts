/* The resident memory of a long run: the series per process, its maximum and whether it levelled off. */

export type MemorySeries = { label: string; pid: number; mb: number[] }

export type MemoryTrend = {
  label: string
  pid: number
  mb: number[]
  maxMB: number
  middleMaxMB: number
  lastMaxMB: number
  /** The last third's maximum exceeds the middle third's by at most `tolerance` (share). */
  levelledOff: boolean
}

/**
 * Compares the maximum of the last third of the samples with that of the middle third: memory
 * that has stopped growing reaches no new height in the last third (within `tolerance`, 3 % by
 * default, for the garbage collector's swings). Needs at least three samples.
 */
export function memoryTrend(series: MemorySeries, tolerance = 0.03): MemoryTrend {
  const { mb } = series
  const third = Math.floor(mb.length / 3)
  const max = (values: number[]) => (values.length > 0 ? Math.max(...values) : 0)
  const middle = mb.slice(third, mb.length - third)
  const last = mb.slice(mb.length - third)
  const middleMaxMB = max(middle)
  const lastMaxMB = max(last)
  return {
    ...series,
    maxMB: max(mb),
    middleMaxMB,
    lastMaxMB,
    levelledOff: third > 0 && lastMaxMB <= middleMaxMB * (1 + tolerance),
  }
}
