import { costGrowth } from './baselines'
import type { ImportResult } from './datasets'
import { fixed, KIB } from './format'
import type { BenchOptions } from './options'
import type { DatasetResult } from './run-dataset'
import { uncachedTargets } from './uncached-report'

/* The targets of bench/README.md, each with its measured value: reported, never enforced. */

export type Target = { name: string; target: string; value: string; pass: boolean | null }

export function evaluate(
  options: BenchOptions,
  datasets: DatasetResult[],
  importResult: ImportResult | undefined,
) {
  const targets: Target[] = []
  const small = datasets[0]
  const large = datasets[1]
  for (const dataset of datasets) {
    for (const page of dataset.pages) {
      if (page.key === 'prerendered') continue
      targets.push({
        name: `${dataset.name}: ${page.label} throughput ≥ 0.7× prerendered`,
        target: '≥ 0.70',
        value: `${fixed(page.vsPrerendered, 2)}×`,
        pass: page.vsPrerendered === null ? null : page.vsPrerendered >= 0.7,
      })
      targets.push({
        name: `${dataset.name}: ${page.label} ≥ 0.7× prerendered of the same size`,
        target: '≥ 0.70',
        value: `${fixed(page.vsPrerenderedSameSize, 2)}×`,
        pass: page.vsPrerenderedSameSize === null ? null : page.vsPrerenderedSameSize >= 0.7,
      })
    }
    for (const page of dataset.pages)
      targets.push({
        name: `${dataset.name}: ${page.label} p99 ≤ 100 ms at ${options.connections} connections`,
        target: '≤ 100 ms',
        value: `${fixed(page.app.p99)} ms`,
        pass: page.app.p99 <= 100,
      })
  }
  if (small && large) {
    for (const page of small.pages) {
      const growth = costGrowth(
        page,
        large.pages.find((p) => p.key === page.key),
      )
      targets.push({
        name: `${page.label}: cost ${small.partners} → ${large.partners} partners grows ≤ 2×`,
        target: '≤ 2.0×',
        value: `${fixed(growth, 2)}×`,
        pass: growth === null ? null : growth <= 2,
      })
    }
  }
  const js = small?.extra?.clientJs
  if (js?.article && js.prerendered) {
    const diff = js.article.gzip - js.prerendered.gzip
    targets.push({
      name: 'article client JS within 10 KiB gzip of an empty page (/impressum)',
      target: '≤ 10.0 KiB',
      value: `${fixed(diff / KIB, 1)} KiB`,
      pass: diff <= 10 * KIB,
    })
  }
  for (const entry of small?.extra?.lighthouse ?? []) {
    const want: Record<string, number> = {
      performance: 95,
      accessibility: 100,
      'best-practices': 95,
      seo: 100,
    }
    for (const [category, min] of Object.entries(want)) {
      const score = entry.scores[category] ?? null
      targets.push({
        name: `Lighthouse ${category}: ${entry.label}`,
        target: `≥ ${min}`,
        value: score === null ? '–' : String(score),
        pass: score === null ? null : score >= min,
      })
    }
  }
  for (const [publish, where] of [
    [small?.extra?.publish, ''],
    [small?.extra?.publishNginx, ' behind nginx'],
  ] as const)
    if (publish)
      targets.push({
        name: `publish → visible${where} (article, news list and home; worst of 3)`,
        target: '≤ 1000 ms',
        value: Number.isFinite(publish.worstMs)
          ? `${fixed(publish.worstMs)} ms`
          : 'not visible in 15 s',
        pass: publish.worstMs <= 1000,
      })
  if (importResult)
    targets.push({
      name: `demo import (${importResult.profiles} profiles, fresh database, incl. process start)`,
      target: '< 5 s',
      value: `${fixed(importResult.seconds, 2)} s`,
      pass: importResult.seconds < 5,
    })
  if (datasets.length > 0) {
    const peak = Math.max(...datasets.map((d) => d.rss.peakUnderLoadMB))
    targets.push({
      name: 'server RSS under load (peak of all data sets)',
      target: '≤ 300 MB',
      value: `${fixed(peak)} MB`,
      pass: peak <= 300,
    })
  }
  for (const page of small?.pages ?? []) {
    if (page.nginxVsRaw === undefined) continue
    targets.push({
      name: `behind nginx: ${page.label} ≥ 0.5× raw Node`,
      target: '≥ 0.50',
      value: `${fixed(page.nginxVsRaw, 2)}×`,
      pass: page.nginxVsRaw === null ? null : page.nginxVsRaw >= 0.5,
    })
  }
  for (const check of small?.extra?.nginx?.checks ?? [])
    targets.push({
      name: `nginx: ${check.name}`,
      target: 'ok',
      value: check.detail,
      pass: check.ok,
    })
  targets.push(...uncachedTargets(datasets))
  return targets
}
