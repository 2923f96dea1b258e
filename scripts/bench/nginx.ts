import fs from 'node:fs'
import path from 'node:path'
import type { Page } from './datasets'
import { request, waitFor } from './http'
import { log } from './log'
import { warmUp, type Captured } from './measure'
import { deriveBenchNginxConfig } from './nginx-config'
import { scriptSources } from './page-scripts'
import { freePort, root, run, startProcess, tmpRootDir, type Proc } from './processes'

/*
 * `--with-nginx`: deploy/nginx.conf (without TLS) in front of the portal, installed with apt-get
 * when it is missing, and checks of what it caches, bypasses and refuses.
 */

function findNginx(): string | null {
  const dirs = [
    '/usr/sbin',
    '/usr/local/sbin',
    '/usr/local/nginx/sbin',
    ...(process.env.PATH ?? '').split(':'),
  ]
  for (const dir of dirs) {
    const candidate = path.join(dir, 'nginx')
    try {
      fs.accessSync(candidate, fs.constants.X_OK)
      return candidate
    } catch {
      // next
    }
  }
  return null
}

function pidFileAlive(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim())
    if (!pid) return null
    process.kill(pid, 0)
    return pid
  } catch {
    return null
  }
}

async function ensureNginx(): Promise<{ binary: string; installed: boolean }> {
  const existing = findNginx()
  if (existing) return { binary: existing, installed: false }
  if (typeof process.getuid === 'function' && process.getuid() !== 0)
    throw new Error('nginx fehlt, und ohne root-Rechte kann der Benchmark es nicht installieren')
  log('nginx fehlt: apt-get install -y nginx …')
  const servicePid = '/run/nginx.pid'
  const runningBefore = pidFileAlive(servicePid)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const install = () =>
    run('apt-get install nginx', 'apt-get', ['install', '-y', '--no-install-recommends', 'nginx'], {
      env,
      timeoutMs: 10 * 60_000,
      check: false,
    })
  let result = await install()
  if (result.code !== 0) {
    await run('apt-get update', 'apt-get', ['update'], {
      env,
      timeoutMs: 10 * 60_000,
      check: false,
    })
    result = await install()
  }
  const binary = findNginx()
  if (result.code !== 0 || !binary)
    throw new Error(`apt-get install nginx fehlgeschlagen:\n${result.stderr.slice(-1000)}`)
  // Debian may start the system service on install; that one is not ours to keep running.
  if (!runningBefore && pidFileAlive(servicePid)) {
    await run('nginx -s quit', binary, ['-s', 'quit'], { check: false, timeoutMs: 30_000 })
  }
  return { binary, installed: true }
}

async function startNginx(binary: string, dir: string, upstreamPort: number) {
  fs.mkdirSync(dir, { recursive: true })
  const listenPort = await freePort()
  const conf = deriveBenchNginxConfig(
    fs.readFileSync(path.join(root, 'deploy', 'nginx.conf'), 'utf8'),
    { listenPort, upstreamPort, dir },
  )
  const confFile = path.join(dir, 'nginx.conf')
  fs.writeFileSync(confFile, conf)
  // Worker processes drop root privileges: let them reach their temporary folders.
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    for (const sub of ['cache', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      fs.mkdirSync(path.join(dir, sub), { recursive: true, mode: 0o777 })
    const tmpRoot = tmpRootDir()
    for (let folder = dir; folder.startsWith(tmpRoot); folder = path.dirname(folder)) {
      fs.chmodSync(folder, 0o755)
      if (folder === tmpRoot) break
    }
    for (const sub of ['cache', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      fs.chmodSync(path.join(dir, sub), 0o777)
  }
  await run('nginx -t', binary, ['-t', '-q', '-c', confFile, '-p', dir], { timeoutMs: 30_000 })
  const logFile = path.join(dir, 'stderr.log')
  const out = fs.openSync(logFile, 'a')
  const proc = startProcess('nginx', binary, ['-c', confFile, '-p', dir], {
    stdio: ['ignore', out, out],
  })
  fs.closeSync(out)
  await waitFor(
    `http://127.0.0.1:${listenPort}/impressum`,
    proc,
    30_000,
    path.join(dir, 'error.log'),
  )
  return { proc, port: listenPort }
}

export type Check = { name: string; ok: boolean; detail: string }

async function nginxChecks(base: string, staticAsset: string | null): Promise<Check[]> {
  const checks: Check[] = []
  const status = async (url: string, headers: Record<string, string> = {}) => {
    const res = await request(base + url, { headers })
    return { status: res.status, cache: String(res.headers['x-cache-status'] ?? '') }
  }
  const add = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail })
  /** The second GET of a page: the first one may only fill the cache. */
  const again = async (url: string) => {
    await status(url)
    return status(url)
  }
  const kept = (res: { cache: string }) => ['HIT', 'STALE', 'UPDATING'].includes(res.cache)
  const shown = (res: { cache: string }) => `X-Cache-Status: ${res.cache || '(none)'}`

  const anonymous = await again('/impressum')
  add(
    'anonymous GET of a prerendered page is served from the cache',
    kept(anonymous),
    shown(anonymous),
  )
  for (const cookie of [
    'authjs.session-token=bench',
    '__Secure-authjs.session-token=bench',
    'theme=x; authjs.session-token.0=bench',
  ]) {
    const res = await status('/impressum', { Cookie: cookie })
    add(`with cookie "${cookie}" the cache is bypassed`, res.cache === 'BYPASS', shown(res))
  }
  const other = await status('/impressum', { Cookie: 'theme=dark' })
  add(
    'an unrelated cookie does not bypass the cache',
    other.cache !== 'BYPASS',
    `X-Cache-Status: ${other.cache}`,
  )
  const list = await again('/partner')
  add('/partner (marked private by Next.js) is kept for a second', kept(list), shown(list))
  const withSession = await status('/partner', { Cookie: 'authjs.session-token=bench' })
  add(
    '/partner with a session cookie bypasses the cache',
    withSession.cache === 'BYPASS',
    shown(withSession),
  )
  const admin = await again('/admin')
  add('/admin is not cached', admin.cache === '', `status ${admin.status}, ${shown(admin)}`)
  const login = await status('/login')
  add('/login is not cached', login.cache === '', shown(login))
  if (staticAsset) {
    const asset = await again(staticAsset)
    add('/_next/static is cached', asset.cache === 'HIT', `X-Cache-Status: ${asset.cache}`)
  }
  const longQuery = await status(`/suche?q=${'a'.repeat(20_000)}`)
  add(
    'a 20,000-character search query passes',
    longQuery.status === 200,
    `status ${longQuery.status}`,
  )
  const upload = await request(`${base}/gibt-es-nicht`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: Buffer.alloc(5 * 1024 * 1024),
  })
  add('a 5 MB request body is accepted by nginx', upload.status !== 413, `status ${upload.status}`)
  const tooLarge = await request(`${base}/gibt-es-nicht`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: Buffer.alloc(8 * 1024 * 1024),
  }).catch(() => ({ status: 0 }))
  add('an 8 MB request body is refused (413)', tooLarge.status === 413, `status ${tooLarge.status}`)
  return checks
}

export type NginxInfo = { binary: string; installed: boolean; checks: Check[] }

/**
 * nginx in front of the portal at `upstreamPort`, checked and warmed up. `started` learns of it
 * as soon as it answers: it is stopped, and measured, also when a check fails.
 */
export async function setUpNginx(
  dir: string,
  upstreamPort: number,
  captured: Captured[],
  pages: Page[],
  connections: number,
  started: (proc: Proc, base: string) => void,
): Promise<NginxInfo> {
  const { binary, installed } = await ensureNginx()
  const nginx = await startNginx(binary, dir, upstreamPort)
  const base = `http://127.0.0.1:${nginx.port}`
  started(nginx.proc, base)
  const html = captured.find((c) => c.path === '/impressum')?.body.toString('utf8') ?? ''
  const checks = await nginxChecks(base, scriptSources(html)[0] ?? null)
  for (const check of checks)
    log(`  nginx: ${check.ok ? 'ok  ' : 'FAIL'} ${check.name} (${check.detail})`)
  await warmUp(base, pages, connections)
  return { binary, installed, checks }
}
