/* Statistics of the load runs: rounds combined into one summary, medians and ratios. */

export type Sample = {
  requests: number
  seconds: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

export type Summary = {
  rps: number
  p50: number
  p99: number
  p99Worst: number
  requests: number
  errors: number
  non2xx: number
  rounds: { rps: number; p50: number; p99: number }[]
}

/**
 * Rounds combined: throughput over the whole measured time, the median of the rounds' p50 and
 * p99 (one disturbed round on a shared machine does not decide), and the worst p99 as well.
 */
export function summarize(samples: Sample[]): Summary {
  const requests = samples.reduce((sum, s) => sum + s.requests, 0)
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0)
  return {
    rps: seconds > 0 ? requests / seconds : 0,
    p50: median(samples.map((s) => s.p50)),
    p99: median(samples.map((s) => s.p99)),
    p99Worst: Math.max(0, ...samples.map((s) => s.p99)),
    requests,
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    non2xx: samples.reduce((sum, s) => sum + s.non2xx, 0),
    rounds: samples.map((s) => ({
      rps: s.seconds > 0 ? s.requests / s.seconds : 0,
      p50: s.p50,
      p99: s.p99,
    })),
  }
}

export function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function ratio(a: number, b: number): number | null {
  return b > 0 && Number.isFinite(a) ? a / b : null
}
