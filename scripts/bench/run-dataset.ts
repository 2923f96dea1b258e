import fs from 'node:fs'
import path from 'node:path'
import { compareWithBaselines, type PageResult } from './baselines'
import { clientJs } from './client-js'
import { discoverPages, prepareDatabase, type DatasetSpec, type Page } from './datasets'
import { KIB } from './format'
import { lighthouse, type LighthouseScore } from './lighthouse'
import { attempt, failures, log } from './log'
import { hwmKb, rssKb, RssSampler } from './memory'
import { measureRounds, warmUp, warmUpAndCapture } from './measure'
import { setUpNginx, type NginxInfo } from './nginx'
import type { BenchOptions } from './options'
import { freePort, stopProc, tmpRootDir, type Proc } from './processes'
import { publishToVisible } from './publish'
import { startRawServer, startServer } from './server'
import { measureUncached, type UncachedResult } from './uncached-run'

/*
 * One data set: a fresh database, the portal on it, the baselines and optionally nginx beside
 * it, the interleaved measurement, and on the first data set publish → visible, client
 * JavaScript and Lighthouse. Every process it starts is stopped before it returns.
 */

export type Publish = Awaited<ReturnType<typeof publishToVisible>>
export type ClientJs = Awaited<ReturnType<typeof clientJs>>

export type DatasetResult = {
  name: string
  partners: number
  news: number
  setupSeconds: Record<string, number>
  searchTerm: string
  searchHits: number
  pages: PageResult[]
  rss: { idleMB: number; peakUnderLoadMB: number; highWaterMarkMB: number | null }
  uncached?: UncachedResult
  extra?: {
    publish?: Publish
    publishNginx?: Publish
    clientJs?: ClientJs
    lighthouse?: LighthouseScore[]
    nginx?: NginxInfo
  }
}

type Extra = NonNullable<DatasetResult['extra']>

/** What only the first data set measures. */
async function measureExtras(
  options: BenchOptions,
  env: NodeJS.ProcessEnv,
  bases: { app: string; nginx: string | null },
  pages: Page[],
  dir: string,
  extra: Extra,
): Promise<void> {
  log('  Veröffentlichen → sichtbar …')
  extra.publish = await attempt('publish → visible', () => publishToVisible(env, bases.app, 3))
  const viaNginx = bases.nginx
  if (viaNginx)
    extra.publishNginx = await attempt('publish → visible behind nginx', () =>
      publishToVisible(env, viaNginx, 3),
    )
  log('  Client-JavaScript …')
  extra.clientJs = await attempt('client JavaScript', () => clientJs(bases.app, pages))
  if (options.lighthouse) {
    log('  Lighthouse …')
    const lhPages = pages.filter((p) => ['home', 'directory', 'profile', 'article'].includes(p.key))
    extra.lighthouse = await attempt('Lighthouse', () =>
      lighthouse(bases.app, lhPages, path.join(dir, 'lighthouse'), options.lighthouseRuns),
    )
    for (const entry of extra.lighthouse ?? [])
      if (entry.error) failures.push(`Lighthouse ${entry.path}: ${entry.error}`)
  }
}

export async function runDataset(
  options: BenchOptions,
  spec: DatasetSpec,
  primary: boolean,
): Promise<DatasetResult> {
  const dir = path.join(tmpRootDir(), spec.name)
  log(`Datenbestand "${spec.name}": ${spec.partners} Partner, ${spec.news} Meldungen …`)
  const { dbFile, env, timings } = await prepareDatabase(dir, spec.partners, spec.news)
  log(
    `  angelegt (Seed ${(timings.seed! / 1000).toFixed(1)} s, Testdaten ${(timings.fixtures! / 1000).toFixed(1)} s)`,
  )
  const appPort = await freePort()
  const serverEnv: NodeJS.ProcessEnv = {
    ...env,
    // One trusted hop: nginx when it is measured, else the bench's own X-Forwarded-For, which
    // makes each run a visitor of its own (http.ts) and the flood one address (uncached-run.ts).
    TRUST_PROXY: '1',
  }
  if (options.nodeOptions)
    serverEnv.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${options.nodeOptions}`.trim()
  const server = await startServer(serverEnv, appPort, path.join(dir, 'server.log'))
  const serverLog = path.join(dir, 'server.log')
  const pid = server.child.pid!
  const base = `http://127.0.0.1:${appPort}`
  const idleKb = rssKb(pid)
  const stops: Proc[] = [server]
  const alive = () => {
    const died = stops.find((proc) => proc.done && !proc.stopping)
    if (died) throw new Error(`${died.name} läuft nicht mehr`)
  }
  try {
    const { pages, searchTerm, searchHits } = await discoverPages(base, dbFile)
    log(`  Suchbegriff "${searchTerm}" (${searchHits} Partner), Profil ${pages[2]!.path}`)

    const captured = await warmUpAndCapture(base, pages, options.connections, spec.name)
    const raw = await startRawServer(dir, captured)
    stops.push(raw.proc)
    const rawBase = `http://127.0.0.1:${raw.port}`
    await warmUp(rawBase, pages, options.connections)

    const extra: Extra = {}
    let nginxBase: string | null = null
    if (options.withNginx && primary) {
      await attempt('nginx', async () => {
        extra.nginx = await setUpNginx(
          path.join(dir, 'nginx'),
          appPort,
          captured,
          pages,
          options.connections,
          (proc, nginx) => {
            stops.push(proc)
            nginxBase = nginx
          },
        )
      })
    }

    // Set in the callback above, which the compiler's narrowing does not see.
    const nginx = nginxBase as string | null
    const sampler = new RssSampler(pid)
    sampler.start()
    const samples = options.uncachedOnly
      ? new Map()
      : await measureRounds(
          options,
          pages,
          { app: base, raw: rawBase, ...(nginx ? { nginx } : {}) },
          alive,
        )
    sampler.stop()
    const hwm = hwmKb(pid)
    const results = compareWithBaselines(pages, captured, samples, nginx !== null)
    const uncached = await attempt(`${spec.name}: uncached renders`, () =>
      measureUncached(options, env, serverEnv, base, pid, dbFile, pages, dir, primary),
    )
    alive()

    if (primary && !options.uncachedOnly)
      await measureExtras(options, env, { app: base, nginx }, pages, dir, extra)
    return {
      name: spec.name,
      partners: spec.partners,
      news: spec.news,
      setupSeconds: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, v / 1000])),
      searchTerm,
      searchHits,
      pages: results,
      uncached,
      rss: {
        idleMB: idleKb / KIB,
        peakUnderLoadMB: sampler.peakKb / KIB,
        highWaterMarkMB: hwm === null ? null : hwm / KIB,
      },
      extra,
    }
  } catch (error) {
    const died = stops.find((proc) => proc.done && !proc.stopping)
    if (!died) throw error
    const tail =
      died === server && fs.existsSync(serverLog)
        ? `\n${fs.readFileSync(serverLog, 'utf8').trim().split('\n').slice(-10).join('\n')}`
        : ''
    throw new Error(
      `${died.name} hat sich unerwartet beendet (${died.how}); ${error instanceof Error ? error.message : String(error)}${tail}`,
    )
  } finally {
    for (const proc of stops.reverse())
      await stopProc(proc, proc.name === 'nginx' ? 'SIGQUIT' : 'SIGTERM')
  }
}
