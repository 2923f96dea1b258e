import { fork, spawn, type ChildProcess, type StdioOptions } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import zlib from 'node:zlib'
import Database from 'better-sqlite3'
import {
  deriveBenchNginxConfig,
  fixed,
  inlineScripts,
  median,
  parseOptions,
  ratio,
  scriptSources,
  summarize,
  table,
  USAGE,
  type BenchOptions,
  type Sample,
  type Summary,
} from './bench-lib'
import { buildIsCurrent, buildStampPath, sourceHash } from './lib/build-stamp'
import { loadEnv } from './lib/env'

/*
 * npm run bench: throughput and latency of the public pages of a production build on a fresh
 * database, against baselines measured in the same run (a plain Node server sending the same
 * bytes, and the prerendered /impressum page of the same build), plus publish → visible,
 * import time, memory, client JavaScript and Lighthouse; optionally behind nginx.
 * See bench/README.md. Writes bench/results.json; exits non-zero only when a measurement could
 * not be made, never for a missed target.
 */

const root = process.cwd()
const TSX = ['--conditions=react-server', '--import', 'tsx']
const KIB = 1024

// ---------------------------------------------------------------------------------------------
// Processes: every child gets its own process group and is stopped by its id (and its group).

type Proc = {
  name: string
  child: ChildProcess
  done: boolean
  stopping: boolean
  how: string
  exited: Promise<number | null>
}
/** Every process started, also those that ended: their process groups may outlive them. */
const started = new Set<Proc>()
let tmpRoot: string | null = null

function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions; fork?: boolean } = {},
): Proc {
  const child = options.fork
    ? fork(command, args, {
        cwd: root,
        env: options.env ?? process.env,
        detached: true,
        execArgv: process.execArgv,
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      })
    : spawn(command, args, {
        cwd: root,
        env: options.env ?? process.env,
        detached: true,
        stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
      })
  const proc: Proc = {
    name,
    child,
    done: false,
    stopping: false,
    how: '',
    exited: Promise.resolve(null),
  }
  proc.exited = new Promise((resolve) => {
    const finish = (code: number | null) => {
      if (proc.done) return
      proc.done = true
      resolve(code)
    }
    child.once('exit', (code, signal) => {
      proc.how = signal ? `signal ${signal}` : `status ${code}`
      finish(code ?? (signal ? 128 : null))
    })
    child.once('error', () => finish(-1))
  })
  started.add(proc)
  return proc
}

type ProcessTable = Map<number, { ppid: number; pgid: number }>

/** The running processes with their parent and process group, read from /proc. */
function processTable(): ProcessTable {
  const table: ProcessTable = new Map()
  let entries: string[] = []
  try {
    entries = fs.readdirSync('/proc')
  } catch {
    return table
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      table.set(Number(entry), { ppid: Number(fields[1]), pgid: Number(fields[2]) })
    } catch {
      // the process ended meanwhile
    }
  }
  return table
}

/** Child processes of `pid`, recursively. */
function descendants(pid: number, table: ProcessTable = processTable()): number[] {
  const found: number[] = []
  const queue = [pid]
  while (queue.length > 0) {
    const parent = queue.shift()!
    for (const [child, info] of table) {
      if (info.ppid !== parent) continue
      found.push(child)
      queue.push(child)
    }
  }
  return found
}

/**
 * Signals a process this script started: while it runs, it and its descendants; always the
 * members of its own process group (the group id cannot be handed out again while one of them
 * lives, so these are ours too, also when the leader has already ended).
 */
function signalProc(proc: Proc, signal: NodeJS.Signals): void {
  const pid = proc.child.pid
  if (!pid) return
  const table = processTable()
  const targets = new Set<number>()
  for (const [member, info] of table) if (info.pgid === pid) targets.add(member)
  if (!proc.done) {
    targets.add(pid)
    for (const child of descendants(pid, table)) targets.add(child)
  }
  for (const target of targets) {
    try {
      process.kill(target, signal)
    } catch {
      // already gone
    }
  }
}

async function stopProc(proc: Proc, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000) {
  proc.stopping = true
  if (!proc.done) {
    signalProc(proc, signal)
    await Promise.race([proc.exited, sleep(graceMs)])
  }
  // Whatever is left of it, also children that outlived it.
  signalProc(proc, 'SIGKILL')
  await Promise.race([proc.exited, sleep(2000)])
}

function emergencyCleanup(): void {
  for (const proc of started) signalProc(proc, 'SIGKILL')
  started.clear()
  if (tmpRoot) {
    try {
      fs.rmSync(tmpRoot, { recursive: true, force: true })
    } catch {
      // nothing more to do
    }
    tmpRoot = null
  }
}

type RunResult = { code: number | null; stdout: string; stderr: string; ms: number }

async function run(
  name: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; check?: boolean } = {},
): Promise<RunResult> {
  const started = performance.now()
  const proc = startProcess(name, command, args, { env: options.env })
  let stdout = ''
  let stderr = ''
  proc.child.stdout?.on('data', (chunk) => (stdout += String(chunk)))
  proc.child.stderr?.on('data', (chunk) => (stderr += String(chunk)))
  const timeoutMs = options.timeoutMs ?? 10 * 60_000
  const timer = setTimeout(() => void stopProc(proc), timeoutMs)
  const code = await proc.exited
  clearTimeout(timer)
  const ms = performance.now() - started
  if (options.check !== false && code !== 0) {
    const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-15).join('\n')
    throw new Error(
      `${name} fehlgeschlagen (Status ${code}${ms >= timeoutMs ? ', Zeitlimit' : ''}):\n${tail}`,
    )
  }
  return { code, stdout, stderr, ms }
}

function nodeScript(script: string, args: string[] = []): [string, string[]] {
  return [process.execPath, [...TSX, script, ...args]]
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`)
}

// ---------------------------------------------------------------------------------------------
// HTTP

type Response = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

function request(
  url: string,
  options: {
    method?: string
    headers?: Record<string, string>
    body?: Buffer
    timeoutMs?: number
  } = {},
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
        res.on('error', reject)
      },
    )
    req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error(`Zeitlimit: ${url}`)))
    req.on('error', reject)
    req.end(options.body)
  })
}

async function waitFor(url: string, proc: Proc, timeoutMs: number, logFile?: string) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (proc.done) break
    try {
      const res = await request(url, { timeoutMs: 5000 })
      if (res.status === 200) return
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  const tail =
    logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : ''
  throw new Error(`${proc.name} antwortet nicht auf ${url}${tail ? `:\n${tail}` : ''}`)
}

type CannonResult = {
  requests: { total: number }
  latency: { p50: number; p99: number }
  duration: number
  errors: number
  non2xx: number
}
type Cannon = (options: {
  url: string
  connections: number
  duration: number
  pipelining: number
  timeout: number
  headers?: Record<string, string>
}) => Promise<CannonResult>
const autocannon = createRequire(path.join(root, 'package.json'))('autocannon') as Cannon

async function load(url: string, seconds: number, connections: number): Promise<Sample> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
  })
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  }
}

// ---------------------------------------------------------------------------------------------
// Memory of the server process (and any children it has)

function rssKb(pid: number): number {
  let total = 0
  for (const target of [pid, ...descendants(pid)]) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${target}/status`, 'utf8'))
      total += match ? Number(match[1]) : 0
    } catch {
      // gone
    }
  }
  return total
}

function hwmKb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

class RssSampler {
  peakKb = 0
  private timer: NodeJS.Timeout | null = null
  constructor(private pid: number) {}
  start(): void {
    this.timer = setInterval(() => (this.peakKb = Math.max(this.peakKb, rssKb(this.pid))), 200)
  }
  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}

// ---------------------------------------------------------------------------------------------
// Build, database, server

async function ensureBuild(options: BenchOptions): Promise<{ built: boolean; seconds: number }> {
  const current = sourceHash(root)
  const hasBuild = fs.existsSync(path.join(root, '.next', 'BUILD_ID'))
  const upToDate = buildIsCurrent(root)
  if (upToDate || (hasBuild && options.reuseBuild)) {
    log(upToDate ? 'Build ist aktuell.' : 'Vorhandener Build (--reuse-build).')
    return { built: false, seconds: 0 }
  }
  log('Baue die Anwendung (next build) …')
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
  const result = await run('next build', process.execPath, [nextBin, 'build'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    timeoutMs: 20 * 60_000,
  })
  fs.writeFileSync(buildStampPath(root), current)
  log(`Build fertig (${(result.ms / 1000).toFixed(0)} s).`)
  return { built: true, seconds: result.ms / 1000 }
}

function portalEnv(dbFile: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: `file:${dbFile}`,
    AUTH_SECRET: randomBytes(36).toString('base64'),
    ADMIN_PASSWORD: `bench-${randomBytes(12).toString('hex')}`,
  }
}

async function prepareDatabase(dir: string, partners: number, news: number) {
  fs.mkdirSync(dir, { recursive: true })
  const dbFile = path.join(dir, 'portal.db')
  const env = portalEnv(dbFile)
  const timings: Record<string, number> = {}
  timings.migrate = (await run('migrate', ...nodeScript('scripts/migrate.ts'), { env })).ms
  timings.seed = (await run('seed', ...nodeScript('scripts/seed.ts'), { env })).ms
  const fixtures = await run(
    'generate-fixtures',
    ...nodeScript('scripts/generate-fixtures.ts', [
      '--partners',
      String(partners),
      '--news',
      String(news),
      '--out',
      path.join(dir, 'fixtures'),
    ]),
    { env, timeoutMs: 20 * 60_000 },
  )
  timings.fixtures = fixtures.ms
  fs.rmSync(path.join(dir, 'fixtures'), { recursive: true, force: true })
  return { dbFile, env, timings }
}

/** The Node flags of `npm start` (the heap limit), so the bench runs the server as it runs in use. */
function startFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>
  }
  const words = (pkg.scripts?.start ?? '').split(/\s+/)
  return words[0] === 'node' ? words.slice(1, words.indexOf('server.mjs')) : []
}

async function startServer(env: NodeJS.ProcessEnv, port: number, logFile: string): Promise<Proc> {
  const out = fs.openSync(logFile, 'a')
  const args = [...startFlags(), 'server.mjs']
  const proc = startProcess(`node ${args.join(' ')}`, process.execPath, args, {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', out, out],
  })
  fs.closeSync(out)
  await waitFor(`http://127.0.0.1:${port}/impressum`, proc, 90_000, logFile)
  return proc
}

// ---------------------------------------------------------------------------------------------
// The pages

type Page = { key: string; label: string; path: string }

function pickSlugs(dbFile: string): { partners: string[]; news: string[] } {
  const db = new Database(dbFile, { readonly: true })
  try {
    const partners = db
      .prepare("SELECT slug FROM partners WHERE status = 'published' ORDER BY id LIMIT 20")
      .pluck()
      .all() as string[]
    const news = db
      .prepare("SELECT slug FROM news WHERE status = 'published' ORDER BY id LIMIT 20")
      .pluck()
      .all() as string[]
    return { partners, news }
  } finally {
    db.close()
  }
}

async function firstReachable(base: string, paths: string[]): Promise<string> {
  for (const candidate of paths) {
    const res = await request(base + candidate)
    if (res.status === 200) return candidate
  }
  throw new Error(`keine der Seiten antwortet mit 200: ${paths.slice(0, 3).join(', ')} …`)
}

const SEARCH_TERMS = ['Robotik', 'Sensorik', 'Maschinenbau', 'Forschung', 'Netzwerk', 'Technik']

async function pickSearchTerm(base: string): Promise<{ term: string; hits: number }> {
  let best = { term: SEARCH_TERMS[0]!, hits: 0 }
  for (const term of SEARCH_TERMS) {
    const res = await request(`${base}/partner?q=${encodeURIComponent(term)}`)
    // React separates the adjacent text parts with <!-- -->.
    const match = /([\d.]+) Partner(?:<!-- -->)?\s*zur Suche/.exec(res.body.toString('utf8'))
    const hits = match ? Number(match[1]!.replace(/\./g, '')) : 0
    if (hits >= 3) return { term, hits }
    if (hits > best.hits) best = { term, hits }
  }
  return best
}

async function discoverPages(base: string, dbFile: string) {
  const slugs = pickSlugs(dbFile)
  const profile = await firstReachable(
    base,
    slugs.partners.map((slug) => `/partner/${slug}`),
  )
  const article = await firstReachable(
    base,
    slugs.news.map((slug) => `/aktuelles/${slug}`),
  )
  const search = await pickSearchTerm(base)
  const q = encodeURIComponent(search.term)
  const pages: Page[] = [
    { key: 'home', label: 'home', path: '/' },
    { key: 'directory', label: 'directory', path: '/partner' },
    { key: 'profile', label: 'profile', path: profile },
    { key: 'directorySearch', label: 'directory search', path: `/partner?q=${q}` },
    { key: 'newsList', label: 'news list', path: '/aktuelles' },
    { key: 'article', label: 'article', path: article },
    { key: 'events', label: 'events', path: '/veranstaltungen' },
    { key: 'siteSearch', label: 'site search', path: `/suche?q=${q}` },
    { key: 'prerendered', label: 'prerendered /impressum', path: '/impressum' },
  ]
  return { pages, searchTerm: search.term, searchHits: search.hits }
}

// ---------------------------------------------------------------------------------------------
// Raw Node baseline: the same bytes from a plain http server (this file, run with --raw-server)

type Captured = { path: string; status: number; contentType: string; body: Buffer }

function rawServerMain(file: string, port: number): void {
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    path: string
    contentType: string
    body: string
  }[]
  const responses = new Map(
    entries.map((entry) => {
      const body = Buffer.from(entry.body, 'base64')
      return [
        entry.path,
        { body, headers: { 'content-type': entry.contentType, 'content-length': body.length } },
      ]
    }),
  )
  const server = http.createServer((req, res) => {
    const found = responses.get(req.url ?? '')
    if (!found) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, found.headers)
    res.end(found.body)
  })
  server.listen(port, '127.0.0.1', () => process.send?.('ready'))
  process.on('disconnect', () => process.exit(0))
}

async function startRawServer(
  dir: string,
  captured: Captured[],
): Promise<{ proc: Proc; port: number }> {
  const file = path.join(dir, 'raw-responses.json')
  fs.writeFileSync(
    file,
    JSON.stringify(
      captured.map((c) => ({
        path: c.path,
        contentType: c.contentType,
        body: c.body.toString('base64'),
      })),
    ),
  )
  const port = await freePort()
  const proc = startProcess('raw node', process.argv[1]!, ['--raw-server', file, String(port)], {
    fork: true,
  })
  await waitFor(`http://127.0.0.1:${port}${captured[0]!.path}`, proc, 30_000)
  return { proc, port }
}

// ---------------------------------------------------------------------------------------------
// nginx

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
    for (let folder = dir; folder.startsWith(tmpRoot!); folder = path.dirname(folder)) {
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

type Check = { name: string; ok: boolean; detail: string }

async function nginxChecks(base: string, staticAsset: string | null): Promise<Check[]> {
  const checks: Check[] = []
  const status = async (url: string, headers: Record<string, string> = {}) => {
    const res = await request(base + url, { headers })
    return { status: res.status, cache: String(res.headers['x-cache-status'] ?? '') }
  }
  const add = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail })

  await status('/impressum')
  const anonymous = await status('/impressum')
  add(
    'anonymous GET of a prerendered page is served from the cache',
    ['HIT', 'STALE', 'UPDATING'].includes(anonymous.cache),
    `X-Cache-Status: ${anonymous.cache || '(none)'}`,
  )
  for (const cookie of [
    'authjs.session-token=bench',
    '__Secure-authjs.session-token=bench',
    'theme=x; authjs.session-token.0=bench',
  ]) {
    const res = await status('/impressum', { Cookie: cookie })
    add(
      `with cookie "${cookie}" the cache is bypassed`,
      res.cache === 'BYPASS',
      `X-Cache-Status: ${res.cache || '(none)'}`,
    )
  }
  const other = await status('/impressum', { Cookie: 'theme=dark' })
  add(
    'an unrelated cookie does not bypass the cache',
    other.cache !== 'BYPASS',
    `X-Cache-Status: ${other.cache}`,
  )
  await status('/partner')
  const list = await status('/partner')
  add(
    '/partner (marked private by Next.js) is kept for a second',
    ['HIT', 'STALE', 'UPDATING'].includes(list.cache),
    `X-Cache-Status: ${list.cache || '(none)'}`,
  )
  const withSession = await status('/partner', { Cookie: 'authjs.session-token=bench' })
  add(
    '/partner with a session cookie bypasses the cache',
    withSession.cache === 'BYPASS',
    `X-Cache-Status: ${withSession.cache || '(none)'}`,
  )
  await status('/admin')
  const admin = await status('/admin')
  add(
    '/admin is not cached',
    admin.cache === '',
    `status ${admin.status}, X-Cache-Status: ${admin.cache || '(none)'}`,
  )
  const login = await status('/login')
  add('/login is not cached', login.cache === '', `X-Cache-Status: ${login.cache || '(none)'}`)
  if (staticAsset) {
    await status(staticAsset)
    const asset = await status(staticAsset)
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

// ---------------------------------------------------------------------------------------------
// Publish → visible, import, client JavaScript, Lighthouse

async function publishToVisible(env: NodeJS.ProcessEnv, base: string, repetitions: number) {
  const [command, args] = nodeScript('scripts/bench-publish.ts')
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

async function measureImport(dir: string) {
  fs.mkdirSync(dir, { recursive: true })
  const env = portalEnv(path.join(dir, 'portal.db'))
  const seedDir = path.join('db', 'seed', 'partners')
  const files = fs
    .readdirSync(path.join(root, seedDir))
    .filter((f) => /\.(md|markdown|txt)$/.test(f))
  const result = await run('import', ...nodeScript('scripts/import.ts', [seedDir]), { env })
  const summary = result.stdout.trim().split('\n').pop() ?? ''
  return {
    command: `npm run import -- ${seedDir}`,
    profiles: files.length,
    seconds: result.ms / 1000,
    summary,
  }
}

async function clientJs(base: string, pages: Page[]) {
  const sizes = new Map<string, { raw: number; gzip: number }>()
  const measure = async (src: string) => {
    const known = sizes.get(src)
    if (known) return known
    const res = await request(base + src)
    const size = { raw: res.body.length, gzip: zlib.gzipSync(res.body, { level: 6 }).length }
    sizes.set(src, size)
    return size
  }
  const all = [...pages, { key: 'notFound', label: '404 page', path: '/gibt-es-nicht/wirklich' }]
  const perPage: Record<
    string,
    {
      path: string
      scripts: string[]
      gzip: number
      raw: number
      inlineGzip: number
      noModuleGzip: number
    }
  > = {}
  for (const page of all) {
    const html = (await request(base + page.path)).body.toString('utf8')
    const scripts = scriptSources(html)
    let gzip = 0
    let raw = 0
    for (const src of scripts) {
      const size = await measure(src)
      gzip += size.gzip
      raw += size.raw
    }
    let noModuleGzip = 0
    for (const src of scriptSources(html, { noModule: true }))
      noModuleGzip += (await measure(src)).gzip
    const inline = inlineScripts(html).join('\n')
    perPage[page.key] = {
      path: page.path,
      scripts,
      gzip,
      raw,
      inlineGzip: zlib.gzipSync(inline, { level: 6 }).length,
      noModuleGzip,
    }
  }
  const extra = (key: string, reference: string) => {
    const own = perPage[key]
    const ref = new Set(perPage[reference]?.scripts ?? [])
    if (!own) return 0
    return own.scripts
      .filter((s) => !ref.has(s))
      .reduce((sum, s) => sum + (sizes.get(s)?.gzip ?? 0), 0)
  }
  const result = Object.fromEntries(
    Object.entries(perPage).map(([key, value]) => [
      key,
      {
        ...value,
        extraVsPrerendered: extra(key, 'prerendered'),
        extraVsNotFound: extra(key, 'notFound'),
      },
    ]),
  )
  return result
}

const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  '--mute-audio',
  // Offline: any host other than the portal's fails at once instead of waiting for a network.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
]

type LighthouseScore = {
  page: string
  label: string
  path: string
  scores: Record<string, number | null>
  metrics: Record<string, number | null>
  failing: Record<string, string[]>
  runs: number
  error?: string
}

async function lighthouse(base: string, pages: Page[], dir: string, runs: number) {
  const chrome = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!fs.existsSync(chrome))
    throw new Error(
      `Chromium nicht gefunden (${chrome}); CHROME_PATH setzen oder --skip-lighthouse`,
    )
  const cli = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js')
  if (!fs.existsSync(cli)) throw new Error('lighthouse fehlt: npm install')
  const port = await freePort()
  const profile = path.join(dir, 'chrome-profile')
  fs.mkdirSync(profile, { recursive: true })
  const browser = startProcess(
    'chromium',
    chrome,
    [
      ...CHROME_FLAGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  )
  const results: LighthouseScore[] = []
  try {
    const deadline = Date.now() + 30_000
    for (;;) {
      try {
        if (
          (await request(`http://127.0.0.1:${port}/json/version`, { timeoutMs: 2000 })).status ===
          200
        )
          break
      } catch {
        // starting
      }
      if (browser.done || Date.now() > deadline) throw new Error('Chromium startet nicht')
      await sleep(200)
    }
    for (const page of pages) {
      const reports: LighthouseScore[] = []
      const once = async (i: number): Promise<LighthouseScore> => {
        const output = path.join(dir, `lighthouse-${page.key}-${i}.json`)
        const result = await run(
          `lighthouse ${page.path}`,
          process.execPath,
          [
            cli,
            base + page.path,
            `--port=${port}`,
            '--output=json',
            `--output-path=${output}`,
            `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
            '--disable-full-page-screenshot',
            '--max-wait-for-load=45000',
            '--quiet',
          ],
          { env: { ...process.env, CHROME_PATH: chrome }, timeoutMs: 180_000, check: false },
        )
        if (result.code !== 0 || !fs.existsSync(output)) {
          return {
            page: page.key,
            label: page.label,
            path: page.path,
            scores: {},
            metrics: {},
            failing: {},
            runs: 1,
            error:
              `${result.stderr}`.trim().split('\n').slice(-3).join(' ') || `Status ${result.code}`,
          }
        }
        const lhr = JSON.parse(fs.readFileSync(output, 'utf8')) as {
          categories: Record<
            string,
            { score: number | null; auditRefs: { id: string; weight: number }[] }
          >
          audits: Record<
            string,
            { score: number | null; numericValue?: number; scoreDisplayMode?: string }
          >
          runtimeError?: { message: string }
        }
        const scores: Record<string, number | null> = {}
        const failing: Record<string, string[]> = {}
        for (const category of LIGHTHOUSE_CATEGORIES) {
          const entry = lhr.categories[category]
          scores[category] =
            entry?.score === null || entry === undefined ? null : Math.round(entry.score * 100)
          failing[category] = (entry?.auditRefs ?? [])
            .filter((ref) => {
              const audit = lhr.audits[ref.id]
              return ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9
            })
            .map((ref) => `${ref.id} (${lhr.audits[ref.id]!.score})`)
        }
        const metric = (id: string) => lhr.audits[id]?.numericValue ?? null
        return {
          page: page.key,
          label: page.label,
          path: page.path,
          scores,
          metrics: {
            fcpMs: metric('first-contentful-paint'),
            lcpMs: metric('largest-contentful-paint'),
            tbtMs: metric('total-blocking-time'),
            cls: metric('cumulative-layout-shift'),
            speedIndexMs: metric('speed-index'),
            serverResponseMs: metric('server-response-time'),
          },
          failing,
          runs: 1,
          error: lhr.runtimeError?.message,
        }
      }
      for (let i = 0; i < runs; i++) {
        let report = await once(i)
        // Lighthouse now and then fails to record a trace (NO_NAVSTART): one more try.
        if (report.error) {
          log(`  Lighthouse ${page.path}: ${report.error.slice(0, 80)} – neuer Versuch`)
          report = await once(i)
        }
        reports.push(report)
      }
      const ok = reports.filter((r) => !r.error)
      if (ok.length === 0) {
        results.push(reports[0]!)
        continue
      }
      // The run with the median performance score stands for the page.
      ok.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))
      results.push({ ...ok[Math.floor((ok.length - 1) / 2)]!, runs: ok.length })
    }
  } finally {
    await stopProc(browser)
  }
  return results
}

// ---------------------------------------------------------------------------------------------
// One data set: fresh database, server, interleaved measurement

type PageResult = {
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

type DatasetResult = {
  name: string
  partners: number
  news: number
  setupSeconds: Record<string, number>
  searchTerm: string
  searchHits: number
  pages: PageResult[]
  rss: { idleMB: number; peakUnderLoadMB: number; highWaterMarkMB: number | null }
  extra?: {
    publish?: Awaited<ReturnType<typeof publishToVisible>>
    publishNginx?: Awaited<ReturnType<typeof publishToVisible>>
    clientJs?: Awaited<ReturnType<typeof clientJs>>
    lighthouse?: LighthouseScore[]
    nginx?: { binary: string; installed: boolean; checks: Check[] }
  }
}

const failures: string[] = []

async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    failures.push(`${what}: ${message}`)
    log(`FEHLER ${what}: ${message}`)
    return undefined
  }
}

async function runDataset(
  options: BenchOptions,
  spec: { name: string; partners: number; news: number },
  primary: boolean,
): Promise<DatasetResult> {
  const dir = path.join(tmpRoot!, spec.name)
  log(`Datenbestand "${spec.name}": ${spec.partners} Partner, ${spec.news} Meldungen …`)
  const { dbFile, env, timings } = await prepareDatabase(dir, spec.partners, spec.news)
  log(
    `  angelegt (Seed ${(timings.seed! / 1000).toFixed(1)} s, Testdaten ${(timings.fixtures! / 1000).toFixed(1)} s)`,
  )
  const appPort = await freePort()
  const serverEnv: NodeJS.ProcessEnv = {
    ...env,
    TRUST_PROXY: options.withNginx && primary ? '1' : '0',
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

    // Warm up (first renders, JIT), then capture exactly what a client gets.
    for (const page of pages) await load(base + page.path, 2, options.connections)
    const captured: Captured[] = []
    for (const page of pages) {
      const res = await request(base + page.path)
      if (res.status !== 200) failures.push(`${spec.name} ${page.path}: Status ${res.status}`)
      captured.push({
        path: page.path,
        status: res.status,
        contentType: String(res.headers['content-type'] ?? 'text/html'),
        body: res.body,
      })
    }
    const raw = await startRawServer(dir, captured)
    stops.push(raw.proc)
    const rawBase = `http://127.0.0.1:${raw.port}`
    for (const page of pages) await load(rawBase + page.path, 1, options.connections)

    let nginxInfo: { binary: string; installed: boolean; checks: Check[] } | undefined
    let nginxBase: string | null = null
    if (options.withNginx && primary) {
      await attempt('nginx', async () => {
        const { binary, installed } = await ensureNginx()
        const nginx = await startNginx(binary, path.join(dir, 'nginx'), appPort)
        stops.push(nginx.proc)
        nginxBase = `http://127.0.0.1:${nginx.port}`
        const html = captured.find((c) => c.path === '/impressum')?.body.toString('utf8') ?? ''
        const checks = await nginxChecks(nginxBase, scriptSources(html)[0] ?? null)
        for (const check of checks)
          log(`  nginx: ${check.ok ? 'ok  ' : 'FAIL'} ${check.name} (${check.detail})`)
        nginxInfo = { binary, installed, checks }
        for (const page of pages) await load(nginxBase + page.path, 1, options.connections)
      })
    }

    const kinds: ('app' | 'raw' | 'nginx')[] = nginxBase ? ['app', 'raw', 'nginx'] : ['app', 'raw']
    const baseOf = { app: base, raw: rawBase, nginx: nginxBase ?? '' }
    const samples = new Map<string, Sample[]>()
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
    const sampler = new RssSampler(pid)
    sampler.start()
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? pages : [...pages].reverse()
      const kindOrder = round % 2 === 0 ? kinds : [...kinds].reverse()
      for (const page of order) {
        for (const kind of kindOrder) {
          push(
            `${kind}:${page.key}`,
            await load(baseOf[kind] + page.path, options.duration, options.connections),
          )
          alive()
        }
        if (page !== prerenderedPage) {
          push(
            `anchor:${page.key}`,
            await load(base + prerenderedPage.path, anchorSeconds, options.connections),
          )
          alive()
        }
      }
      log(`  Runde ${round + 1}/${options.rounds} fertig`)
    }
    sampler.stop()
    const hwm = hwmKb(pid)

    const list = (kind: string, key: string) => samples.get(`${kind}:${key}`) ?? []
    const rate = (sample: Sample) => (sample.seconds > 0 ? sample.requests / sample.seconds : 0)
    /** Median over the rounds of the ratio of two runs measured one after the other. */
    const paired = (a: Sample[], b: Sample[]): number | null => {
      const ratios = a
        .map((sample, i) => (b[i] ? ratio(rate(sample), rate(b[i])) : null))
        .filter((r): r is number => r !== null)
      return ratios.length > 0 ? median(ratios) : null
    }
    const results: PageResult[] = pages.map((page, index) => {
      const appSamples = list('app', page.key)
      const rawSamples = list('raw', page.key)
      const nginxSamples = nginxBase ? list('nginx', page.key) : undefined
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

    const extra: DatasetResult['extra'] = {}
    if (nginxInfo) extra.nginx = nginxInfo
    if (primary) {
      log('  Veröffentlichen → sichtbar …')
      extra.publish = await attempt('publish → visible', () => publishToVisible(env, base, 3))
      const viaNginx = nginxBase as string | null
      if (viaNginx)
        extra.publishNginx = await attempt('publish → visible behind nginx', () =>
          publishToVisible(env, viaNginx, 3),
        )
      log('  Client-JavaScript …')
      extra.clientJs = await attempt('client JavaScript', () => clientJs(base, pages))
      if (options.lighthouse) {
        log('  Lighthouse …')
        const lhPages = pages.filter((p) =>
          ['home', 'directory', 'profile', 'article'].includes(p.key),
        )
        extra.lighthouse = await attempt('Lighthouse', () =>
          lighthouse(base, lhPages, path.join(dir, 'lighthouse'), options.lighthouseRuns),
        )
        for (const entry of extra.lighthouse ?? [])
          if (entry.error) failures.push(`Lighthouse ${entry.path}: ${entry.error}`)
      }
    }
    return {
      name: spec.name,
      partners: spec.partners,
      news: spec.news,
      setupSeconds: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, v / 1000])),
      searchTerm,
      searchHits,
      pages: results,
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

// ---------------------------------------------------------------------------------------------
// Report

type Target = { name: string; target: string; value: string; pass: boolean | null }

function evaluate(
  options: BenchOptions,
  datasets: DatasetResult[],
  importResult: Awaited<ReturnType<typeof measureImport>> | undefined,
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
      const other = large.pages.find((p) => p.key === page.key)
      const growth =
        other && other.vsPrerendered && page.vsPrerendered
          ? page.vsPrerendered / other.vsPrerendered
          : null
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
  return targets
}

function report(results: {
  machine: Record<string, unknown>
  options: BenchOptions
  command: string
  datasets: DatasetResult[]
  import?: Awaited<ReturnType<typeof measureImport>>
  targets: Target[]
}): string {
  const out: string[] = []
  const m = results.machine
  out.push(`Clusterportal bench, ${String(m.timestamp)}`)
  out.push(
    `Machine: ${String(m.cpuModel)}, ${String(m.cores)} cores, ${String(m.memoryGB)} GB RAM, ${String(m.os)}; Node ${String(m.node)}`,
  )
  out.push(`Command: ${results.command}`)
  if (results.options.nodeOptions) out.push(`Server NODE_OPTIONS: ${results.options.nodeOptions}`)
  out.push(
    `Load: autocannon, ${results.options.connections} connections, ${results.options.rounds} interleaved rounds × ${results.options.duration} s per target, 127.0.0.1`,
  )
  for (const dataset of results.datasets) {
    out.push('')
    out.push(
      `Data set "${dataset.name}": ${dataset.partners} generated partners + demo, ${dataset.news} generated news + demo; search term "${dataset.searchTerm}" (${dataset.searchHits} partners)`,
    )
    const withNginx = dataset.pages.some((p) => p.nginx)
    const head = [
      'page',
      'path',
      'KiB',
      'req/s',
      'p50 ms',
      'p99 ms',
      'err+non2xx',
      'raw req/s',
      '×raw',
      '×prerendered',
      'same size',
    ]
    if (withNginx) head.push('nginx req/s', 'nginx ×raw')
    const rows = dataset.pages.map((p) => {
      const row: (string | number)[] = [
        p.label,
        p.path.length > 48 ? `${p.path.slice(0, 45)}...` : p.path,
        fixed(p.bytes / KIB, 1),
        fixed(p.app.rps),
        fixed(p.app.p50),
        fixed(p.app.p99),
        p.app.errors + p.app.non2xx,
        fixed(p.raw.rps),
        fixed(p.vsRaw, 3),
        fixed(p.vsPrerendered, 2),
        fixed(p.vsPrerenderedSameSize, 2),
      ]
      if (withNginx) row.push(p.nginx ? fixed(p.nginx.rps) : '–', fixed(p.nginxVsRaw, 2))
      return row
    })
    out.push(table(head, rows, 2))
    out.push(
      '×raw: req/s ÷ the raw Node server sending the same bytes; ×prerendered: req/s ÷ /impressum of the same build. Both measured right after the page in each round; median of the rounds. same size: ×raw ÷ ×raw of /impressum, the page against a prerendered page of its size. p50/p99: median of the rounds.',
    )
    out.push(
      `Server RSS: ${fixed(dataset.rss.idleMB)} MB after start, peak ${fixed(dataset.rss.peakUnderLoadMB)} MB under load (VmHWM ${fixed(dataset.rss.highWaterMarkMB)} MB)`,
    )
  }
  const [small, large] = results.datasets
  if (small && large) {
    out.push('')
    out.push(
      `Scaling ${small.partners}/${small.news} → ${large.partners}/${large.news} (partners/news)`,
    )
    out.push(
      table(
        [
          'page',
          `req/s ${small.partners}`,
          `req/s ${large.partners}`,
          `p50 ${small.partners}`,
          `p50 ${large.partners}`,
          'cost growth',
        ],
        small.pages.map((page) => {
          const other = large.pages.find((p) => p.key === page.key)
          const growth =
            other?.vsPrerendered && page.vsPrerendered
              ? page.vsPrerendered / other.vsPrerendered
              : null
          return [
            page.label,
            fixed(page.app.rps),
            fixed(other?.app.rps),
            fixed(page.app.p50),
            fixed(other?.app.p50),
            `${fixed(growth, 2)}×`,
          ]
        }),
      ),
    )
    out.push(
      'cost growth = (req/s ÷ prerendered req/s, small) ÷ (the same, large): 1.0 means no slower.',
    )
  }
  const js = small?.extra?.clientJs
  if (js) {
    out.push('')
    out.push('Client JavaScript per page (script src under /_next/static, gzip level 6)')
    out.push(
      table(
        [
          'page',
          'scripts',
          'KiB gzip',
          'KiB raw',
          'beyond /impressum',
          'beyond 404',
          'inline KiB gzip',
        ],
        Object.entries(js).map(([key, value]) => [
          small?.pages.find((p) => p.key === key)?.label ?? (key === 'notFound' ? '404 page' : key),
          value.scripts.length,
          fixed(value.gzip / KIB, 1),
          fixed(value.raw / KIB, 1),
          fixed(value.extraVsPrerendered / KIB, 1),
          fixed(value.extraVsNotFound / KIB, 1),
          fixed(value.inlineGzip / KIB, 1),
        ]),
      ),
    )
  }
  const lh = small?.extra?.lighthouse
  if (lh) {
    out.push('')
    out.push('Lighthouse 12 (mobile, simulated throttling)')
    out.push(
      table(
        ['page', 'perf', 'a11y', 'best', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'below 0.9'],
        lh.map((entry) => [
          entry.label,
          fixed(entry.scores.performance),
          fixed(entry.scores.accessibility),
          fixed(entry.scores['best-practices']),
          fixed(entry.scores.seo),
          fixed(entry.metrics.fcpMs),
          fixed(entry.metrics.lcpMs),
          fixed(entry.metrics.tbtMs),
          fixed(entry.metrics.cls, 3),
          entry.error ?? Object.values(entry.failing).flat().join(', '),
        ]),
      ),
    )
  }
  for (const [publish, where] of [
    [small?.extra?.publish, ''],
    [small?.extra?.publishNginx, ' behind nginx'],
  ] as const) {
    if (!publish) continue
    out.push('')
    out.push(
      `Publish → visible${where} (median of ${publish.repetitions.length}): article ${fixed(publish.medianMs.article)} ms, news list ${fixed(publish.medianMs.list)} ms, home ${fixed(publish.medianMs.home)} ms; worst ${Number.isFinite(publish.worstMs) ? `${fixed(publish.worstMs)} ms` : 'not visible within 15 s'}`,
    )
  }
  if (results.import)
    out.push(
      `Import: ${results.import.command} into a fresh database: ${fixed(results.import.seconds, 2)} s (${results.import.summary})`,
    )
  out.push('')
  out.push('Targets (reported, not enforced)')
  out.push(
    table(
      ['', 'target', 'value', 'result'],
      results.targets.map((t) => [
        t.name,
        t.target,
        t.value,
        t.pass === null ? 'n/a' : t.pass ? 'pass' : 'MISS',
      ]),
      1,
    ),
  )
  return out.join('\n')
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const argv = process.argv.slice(2)
  if (argv.includes('--help')) {
    console.log(USAGE)
    return 0
  }
  const options = parseOptions(argv)
  loadEnv()
  const started = Date.now()
  const timer = setTimeout(() => {
    log(`Zeitlimit von ${options.timeoutMinutes} min überschritten: Abbruch.`)
    emergencyCleanup()
    process.exit(1)
  }, options.timeoutMinutes * 60_000)

  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-bench-'))
  const build = await ensureBuild(options)
  const importResult = await attempt('import', () => measureImport(path.join(tmpRoot!, 'import')))
  if (importResult) log(`Import der Demo-Profile: ${importResult.seconds.toFixed(2)} s`)

  const specs = [{ name: 'small', partners: options.partners, news: options.news }]
  if (options.largePartners > 0)
    specs.push({ name: 'large', partners: options.largePartners, news: options.largeNews })
  const datasets: DatasetResult[] = []
  for (const [index, spec] of specs.entries()) {
    const result = await attempt(`data set "${spec.name}"`, () =>
      runDataset(options, spec, index === 0),
    )
    if (result) datasets.push(result)
  }

  const cpus = os.cpus()
  const machine = {
    timestamp: new Date().toISOString(),
    node: process.version,
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  }
  const command = `npm run bench${
    argv.length
      ? ` -- ${argv
          .filter((a) => a !== '--')
          .map((a) => (/[\s"]/.test(a) ? JSON.stringify(a) : a))
          .join(' ')}`
      : ''
  }`
  const targets = evaluate(options, datasets, importResult)
  const text = report({ machine, options, command, datasets, import: importResult, targets })
  console.log(`\n${text}\n`)
  const results = {
    ...machine,
    command,
    options,
    build,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    datasets,
    import: importResult,
    targets,
    failures,
  }
  const outFile = path.resolve(root, options.out)
  fs.mkdirSync(path.dirname(outFile), { recursive: true })
  fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`)
  log(`Ergebnisse: ${path.relative(root, outFile)} (${results.durationSeconds} s)`)
  if (failures.length > 0) {
    log(`${failures.length} Messung(en) fehlgeschlagen:`)
    for (const failure of failures) log(`  ${failure}`)
  }
  clearTimeout(timer)
  return failures.length > 0 ? 1 : 0
}

if (process.argv[2] === '--raw-server') {
  rawServerMain(process.argv[3]!, Number(process.argv[4]))
} else {
  process.on('exit', emergencyCleanup)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => {
      log(`${signal}: räume auf …`)
      process.exit(130)
    })
  main().then(
    (code) => {
      emergencyCleanup()
      process.exit(code)
    },
    (error: unknown) => {
      log(`Fehler: ${error instanceof Error ? error.message : String(error)}`)
      emergencyCleanup()
      process.exit(1)
    },
  )
}
