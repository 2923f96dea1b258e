import type { Page } from './datasets'
import type { Captured, Samples } from './measure'
import { median, ratio, summarize, type Sample, type Summary } from './stats'

/*
 * The baselines each page is held against, measured in the same run: a plain Node server
 * sending the page's exact bytes (raw-node-server.ts, started by server.ts), and the
 * prerendered /impressum of the same build, measured right after the page in every round.
 */

export type PageResult = {
  key: string
  label: string
  path: string
  bytes: number
  contentType: string
  app: Summary
  raw: Summary
  nginx?: Summary
  vsRaw: number | null
  vsPrerendered: number | null
  /**
   * ×raw of this page ÷ ×raw of the prerendered page: what the page costs compared with a
   * prerendered page of the same size. Raw Node itself slows down with larger answers, so
   * ×prerendered alone also measures the difference in size.
   */
  vsPrerenderedSameSize: number | null
  nginxVsRaw?: number | null
  /** The prerendered page, measured right after this one in every round. */
  anchor?: Summary
}

const rate = (sample: Sample) => (sample.seconds > 0 ? sample.requests / sample.seconds : 0)

/** Median over the rounds of the ratio of two runs measured one after the other. */
function paired(a: Sample[], b: Sample[]): number | null {
  const ratios = a
    .map((sample, i) => (b[i] ? ratio(rate(sample), rate(b[i])) : null))
    .filter((r): r is number => r !== null)
  return ratios.length > 0 ? median(ratios) : null
}

export function compareWithBaselines(
  pages: Page[],
  captured: Captured[],
  samples: Samples,
  withNginx: boolean,
): PageResult[] {
  const list = (kind: string, key: string) => samples.get(`${kind}:${key}`) ?? []
  const prerenderedPage = pages.find((p) => p.key === 'prerendered')!
  const results: PageResult[] = pages.map((page, index) => {
    const appSamples = list('app', page.key)
    const rawSamples = list('raw', page.key)
    const nginxSamples = withNginx ? list('nginx', page.key) : undefined
    return {
      key: page.key,
      label: page.label,
      path: page.path,
      bytes: captured[index]!.body.length,
      contentType: captured[index]!.contentType,
      app: summarize(appSamples),
      raw: summarize(rawSamples),
      nginx: nginxSamples ? summarize(nginxSamples) : undefined,
      vsRaw: paired(appSamples, rawSamples),
      vsPrerendered: page === prerenderedPage ? 1 : paired(appSamples, list('anchor', page.key)),
      vsPrerenderedSameSize: null,
      nginxVsRaw: nginxSamples ? paired(nginxSamples, rawSamples) : undefined,
      anchor: page === prerenderedPage ? undefined : summarize(list('anchor', page.key)),
    }
  })

  const prerenderedVsRaw = results.find((r) => r.key === 'prerendered')?.vsRaw ?? null
  for (const result of results)
    result.vsPrerenderedSameSize =
      result.vsRaw !== null && prerenderedVsRaw ? result.vsRaw / prerenderedVsRaw : null
  return results
}

/**
 * How much more a page costs on the large data set than on the small one, relative to the
 * prerendered page: 1.0 means no slower.
 */
export function costGrowth(small: PageResult, large: PageResult | undefined): number | null {
  return large?.vsPrerendered && small.vsPrerendered
    ? small.vsPrerendered / large.vsPrerendered
    : null
}
