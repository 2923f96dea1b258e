import path from 'node:path'

/*
 * Pure helpers of `npm run bench` (scripts/bench.ts): options, the build stamp, statistics,
 * the nginx configuration derived from deploy/nginx.conf, and the printed table.
 */

export type BenchOptions = {
  quick: boolean
  partners: number
  news: number
  largePartners: number
  largeNews: number
  duration: number
  rounds: number
  connections: number
  lighthouse: boolean
  lighthouseRuns: number
  withNginx: boolean
  reuseBuild: boolean
  nodeOptions: string
  out: string
  timeoutMinutes: number
}

export const USAGE = `Aufruf: npm run bench -- [Optionen]
  --quick                 nur der kleine Datenbestand, 2 s je Messung
  --partners N            Partner im kleinen Datenbestand (400)
  --news N                Meldungen im kleinen Datenbestand (400)
  --large-partners N      Partner im großen Datenbestand (10000; 0 = ohne)
  --large-news N          Meldungen im großen Datenbestand (20000)
  --duration S            Sekunden je Messung und Runde (4, mit --quick 2)
  --rounds N              abwechselnde Runden (2)
  --connections N         gleichzeitige Verbindungen (10)
  --skip-lighthouse       ohne Lighthouse
  --lighthouse-runs N     Lighthouse-Läufe je Seite, der Median zählt (1)
  --with-nginx            zusätzlich hinter nginx messen (installiert nginx, wenn es fehlt)
  --reuse-build           vorhandenen Build nehmen, auch wenn die Quellen neuer sind
  --node-options "…"      NODE_OPTIONS für den Server, z. B. "--max-old-space-size=192"
  --out DATEI             Ergebnisdatei (bench/results.json)
  --timeout-minutes N     Obergrenze für den ganzen Lauf (40)`

export function parseOptions(argv: string[]): BenchOptions {
  const args = argv.filter((arg) => arg !== '--')
  const known = new Set([
    '--quick',
    '--partners',
    '--news',
    '--large-partners',
    '--large-news',
    '--duration',
    '--rounds',
    '--connections',
    '--skip-lighthouse',
    '--lighthouse-runs',
    '--with-nginx',
    '--reuse-build',
    '--node-options',
    '--out',
    '--timeout-minutes',
    '--help',
  ])
  const flags = new Set(['--quick', '--skip-lighthouse', '--with-nginx', '--reuse-build', '--help'])
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (!known.has(arg)) throw new Error(`unbekannte Option ${arg}\n${USAGE}`)
    if (!flags.has(arg)) {
      if (args[i + 1] === undefined) throw new Error(`${arg} braucht einen Wert`)
      i++
    }
  }
  const value = (name: string): string | undefined => {
    const index = args.lastIndexOf(`--${name}`)
    return index >= 0 ? args[index + 1] : undefined
  }
  const number = (name: string, fallback: number, min = 0): number => {
    const raw = value(name)
    if (raw === undefined) return fallback
    const parsed = Number(raw)
    if (!Number.isFinite(parsed) || parsed < min)
      throw new Error(`--${name} braucht eine Zahl ≥ ${min}`)
    return parsed
  }
  const quick = args.includes('--quick')
  return {
    quick,
    partners: Math.floor(number('partners', 400)),
    news: Math.floor(number('news', 400)),
    largePartners: quick ? 0 : Math.floor(number('large-partners', 10000)),
    largeNews: Math.floor(number('large-news', 20000)),
    duration: number('duration', quick ? 2 : 4, 1),
    rounds: Math.floor(number('rounds', 2, 1)),
    connections: Math.floor(number('connections', 10, 1)),
    lighthouse: !args.includes('--skip-lighthouse'),
    lighthouseRuns: Math.floor(number('lighthouse-runs', 1, 1)),
    withNginx: args.includes('--with-nginx'),
    reuseBuild: args.includes('--reuse-build'),
    nodeOptions: value('node-options') ?? '',
    out: value('out') ?? path.join('bench', 'results.json'),
    timeoutMinutes: number('timeout-minutes', 40, 1),
  }
}

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

/**
 * The nginx configuration for the bench: deploy/nginx.conf without TLS (its port-80 redirect
 * dropped, the HTTPS server listening on a local port in plain HTTP), the portal's address and
 * the cache under `dir`, wrapped in a main context that runs in the foreground.
 */
export function deriveBenchNginxConfig(
  site: string,
  options: {
    listenPort: number
    upstreamPort: number
    dir: string
    workers?: number
  },
): string {
  const replaced = (text: string, pattern: RegExp, replacement: string): string => {
    if (!pattern.test(text))
      throw new Error(`deploy/nginx.conf: ${pattern} nicht gefunden (für den Benchmark nötig)`)
    return text.replace(pattern, replacement)
  }
  let text = replaced(
    site,
    /server 127\.0\.0\.1:3000;/,
    `server 127.0.0.1:${options.upstreamPort};`,
  )
  text = replaced(
    text,
    /proxy_cache_path \/var\/cache\/nginx\/clusterportal /,
    `proxy_cache_path ${options.dir}/cache `,
  )

  const lines = text.split('\n')
  const out: string[] = []
  let block: string[] | null = null
  let depth = 0
  let servers = 0
  for (const line of lines) {
    if (block === null && /^server\s*\{/.test(line)) {
      block = []
      depth = 0
    }
    if (block === null) {
      out.push(line)
      continue
    }
    block.push(line)
    const code = line.replace(/#.*$/, '')
    depth += (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length
    if (depth > 0) continue
    const body = block.join('\n')
    block = null
    if (/return 301 https/.test(body)) continue
    servers++
    for (const blockLine of body.split('\n')) {
      if (/^\s*(listen|ssl_\w+|http2)\s/.test(blockLine)) continue
      if (/^\s*#.*\b(443|http2)\b/.test(blockLine)) continue
      if (/Strict-Transport-Security/.test(blockLine)) continue
      out.push(blockLine)
      if (/^server\s*\{/.test(blockLine)) out.push(`    listen 127.0.0.1:${options.listenPort};`)
    }
  }
  if (servers !== 1) throw new Error('deploy/nginx.conf: genau ein HTTPS-Serverblock erwartet')

  const dir = options.dir
  return [
    '# Generated by scripts/bench.ts from deploy/nginx.conf (TLS removed). Not for production.',
    'daemon off;',
    'master_process on;',
    `worker_processes ${options.workers ?? 1};`,
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '    default_type application/octet-stream;',
    '    access_log off;',
    // As in Debian's /etc/nginx/nginx.conf (deploy/nginx.conf turns tcp_nopush off again).
    '    sendfile on;',
    '    tcp_nopush on;',
    '    keepalive_requests 100000;',
    `    client_body_temp_path ${dir}/client_body;`,
    `    proxy_temp_path ${dir}/proxy;`,
    `    fastcgi_temp_path ${dir}/fastcgi;`,
    `    uwsgi_temp_path ${dir}/uwsgi;`,
    `    scgi_temp_path ${dir}/scgi;`,
    ...out.map((line) => (line ? `    ${line}` : line)),
    '}',
    '',
  ].join('\n')
}

/**
 * Script URLs under /_next/static that a page's HTML loads in a current browser (`noModule`
 * scripts, the polyfills for old browsers, are left out: modern browsers do not fetch them).
 */
export function scriptSources(html: string, { noModule = false } = {}): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1]!
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1]?.replace(/&amp;/g, '&')
    if (!src || /\bnomodule\b/i.test(attributes) !== noModule) continue
    if (src.startsWith('/_next/static/')) found.add(src)
  }
  return [...found]
}

/** Inline JavaScript: mostly Next's flight data for hydration (JSON-LD is not counted). */
export function inlineScripts(html: string): string[] {
  const bodies: string[] = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1]!
    if (/\bsrc=/.test(attributes)) continue
    const type = /\btype="([^"]*)"/.exec(attributes)?.[1]
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue
    if (match[2]) bodies.push(match[2])
  }
  return bodies
}

export function table(head: string[], rows: (string | number)[][], alignLeft = 1): string {
  const cells = [head, ...rows.map((row) => row.map(String))]
  const widths = head.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i < alignLeft ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.slice(1).map((r) => line(r)),
  ].join('\n')
}

export function fixed(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '–'
    : value.toFixed(digits)
}
