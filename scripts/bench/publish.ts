import { setTimeout as sleep } from 'node:timers/promises'
import { request } from './http'
import { log } from './log'
import { nodeScript, startProcess, stopProc } from './processes'
import { median } from './stats'

/*
 * Publish → visible: a helper process (publish-helper.ts) saves published news items the way the
 * editors' form does; from each commit on, the article, /aktuelles and / are polled until they
 * show the new title.
 */

export async function publishToVisible(env: NodeJS.ProcessEnv, base: string, repetitions: number) {
  const [command, args] = nodeScript('scripts/bench/publish-helper.ts')
  const proc = startProcess('publish helper', command, args, {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  let buffer = ''
  let stderr = ''
  proc.child.stderr?.on('data', (chunk) => (stderr += String(chunk)))
  proc.child.stdout?.on('data', (chunk) => {
    buffer += String(chunk)
    let index
    while ((index = buffer.indexOf('\n')) >= 0) {
      lines.push(buffer.slice(0, index))
      buffer = buffer.slice(index + 1)
    }
  })
  const nextLine = async () => {
    const deadline = Date.now() + 60_000
    while (lines.length === 0) {
      if (proc.done || Date.now() > deadline)
        throw new Error(`Veröffentlichungs-Helfer antwortet nicht: ${stderr.slice(-500)}`)
      await sleep(5)
    }
    return lines.shift()!
  }
  const results: {
    article: number
    list: number
    home: number
    notVisible?: Record<string, string | undefined>
  }[] = []
  try {
    if ((await nextLine()) !== 'ready')
      throw new Error('Veröffentlichungs-Helfer: unerwartete Ausgabe')
    for (let i = 0; i < repetitions; i++) {
      const slug = `benchmark-${Date.now().toString(36)}-${i + 1}`
      proc.child.stdin?.write(`${slug}\n`)
      const published = JSON.parse(await nextLine()) as { title: string; committedAt: number }
      const seen: { article?: number; list?: number; home?: number } = {}
      const last: Record<string, string> = {}
      const targets = { article: `/aktuelles/${slug}`, list: '/aktuelles', home: '/' } as const
      const deadline = Date.now() + 15_000
      while (
        (seen.article === undefined || seen.list === undefined || seen.home === undefined) &&
        Date.now() < deadline
      ) {
        await Promise.all(
          (Object.keys(targets) as (keyof typeof targets)[]).map(async (key) => {
            if (seen[key] !== undefined) return
            const res = await request(base + targets[key])
            if (res.status === 200 && res.body.includes(published.title))
              seen[key] = Date.now() - published.committedAt
            else
              last[key] =
                `status ${res.status}, x-nextjs-cache ${String(res.headers['x-nextjs-cache'] ?? '-')}, ` +
                `X-Cache-Status ${String(res.headers['x-cache-status'] ?? '-')}`
          }),
        )
        await sleep(10)
      }
      const missing = (['article', 'list', 'home'] as const).filter((k) => seen[k] === undefined)
      if (missing.length > 0)
        log(
          `  ${slug}: nach 15 s nicht sichtbar in ${missing.map((k) => `${targets[k]} (zuletzt ${last[k]})`).join(', ')}`,
        )
      results.push({
        article: seen.article ?? Number.POSITIVE_INFINITY,
        list: seen.list ?? Number.POSITIVE_INFINITY,
        home: seen.home ?? Number.POSITIVE_INFINITY,
        ...(missing.length > 0
          ? { notVisible: Object.fromEntries(missing.map((k) => [k, last[k]])) }
          : {}),
      })
      await sleep(300)
    }
  } finally {
    proc.child.stdin?.end()
    await Promise.race([proc.exited, sleep(5000)])
    await stopProc(proc)
  }
  const worst = Math.max(...results.map((r) => Math.max(r.article, r.list, r.home)))
  return {
    repetitions: results,
    medianMs: {
      article: median(results.map((r) => r.article)),
      list: median(results.map((r) => r.list)),
      home: median(results.map((r) => r.home)),
    },
    worstMs: worst,
  }
}
