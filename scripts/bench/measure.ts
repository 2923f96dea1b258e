import type { Page } from './datasets'
import { load, request } from './http'
import { failures, log } from './log'
import type { BenchOptions } from './options'
import type { Sample } from './stats'

/*
 * The load runs of one data set: a warm-up, a capture of exactly what a client gets, and the
 * interleaved rounds (pages and targets in turn, every other round in reverse order, so that
 * drift of the shared machine's speed falls on all of them alike).
 */

export type Captured = { path: string; status: number; contentType: string; body: Buffer }

/** Every run, keyed `${target}:${page key}`, one sample per round. */
export type Samples = Map<string, Sample[]>

export type Target = 'app' | 'raw' | 'nginx'

/** Warm up (first renders, JIT), then capture exactly what a client gets. */
export async function warmUpAndCapture(
  base: string,
  pages: Page[],
  connections: number,
  dataset: string,
): Promise<Captured[]> {
  for (const page of pages) await load(base + page.path, 2, connections)
  const captured: Captured[] = []
  for (const page of pages) {
    const res = await request(base + page.path)
    if (res.status !== 200) failures.push(`${dataset} ${page.path}: Status ${res.status}`)
    captured.push({
      path: page.path,
      status: res.status,
      contentType: String(res.headers['content-type'] ?? 'text/html'),
      body: res.body,
    })
  }
  return captured
}

/** One short run of every page, so that a target's first measured round is not its first. */
export async function warmUp(base: string, pages: Page[], connections: number): Promise<void> {
  for (const page of pages) await load(base + page.path, 1, connections)
}

export async function measureRounds(
  options: BenchOptions,
  pages: Page[],
  bases: Partial<Record<Target, string>>,
  alive: () => void,
): Promise<Samples> {
  const kinds = (['app', 'raw', 'nginx'] as const).filter((kind) => bases[kind])
  const samples: Samples = new Map()
  const push = (key: string, sample: Sample) =>
    samples.set(key, [...(samples.get(key) ?? []), sample])
  // Right after each page, a shorter run of the prerendered page: the machine's speed drifts,
  // so each page is compared with the baseline measured next to it.
  const anchorSeconds = Math.max(1, options.duration / 2)
  const prerenderedPage = pages.find((p) => p.key === 'prerendered')!
  const perRound =
    pages.length * kinds.length * options.duration + (pages.length - 1) * anchorSeconds
  log(
    `  Messung: ${pages.length} Seiten × ${kinds.join('/')} × ${options.rounds} Runden × ${options.duration} s (+ Vergleichsläufe) ≈ ${Math.round((perRound * options.rounds) / 60)} min`,
  )
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? pages : [...pages].reverse()
    const kindOrder = round % 2 === 0 ? kinds : [...kinds].reverse()
    for (const page of order) {
      for (const kind of kindOrder) {
        push(
          `${kind}:${page.key}`,
          await load(bases[kind]! + page.path, options.duration, options.connections),
        )
        alive()
      }
      if (page !== prerenderedPage) {
        push(
          `anchor:${page.key}`,
          await load(bases.app! + prerenderedPage.path, anchorSeconds, options.connections),
        )
        alive()
      }
    }
    log(`  Runde ${round + 1}/${options.rounds} fertig`)
  }
  return samples
}
