import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { uniqueQueries, vocabulary } from './uncached'

/*
 * The cost of one uncached render, for comparing two builds or two changes: one request at a time
 * (no queueing, no load generator competing for the cores), each asking for an address never asked
 * before, and the server's CPU time per request read from /proc before and after. Start the portal
 * (`node server.mjs` with TRUST_PROXY=1) on a fresh database, then:
 *
 *   node --import tsx scripts/bench/render-cost.ts --port 3601 --pid <server pid> --db portal.db \
 *     --kind directory [--requests 400] [--warm 300] [--skip 500]
 *
 * Kinds: directory (`/partner?q=<word>`), site (`/suche?q=<word>`), no-hits (`/partner?q=<no
 * word>`), news (`/aktuelles?u=<n>`, a parameter the page ignores). `--skip` starts the words at
 * the same place for both builds, so both render the same pages; `--warm` requests first let the
 * JIT settle. It prints wall time and server CPU (all threads: the collector's included) per
 * request.
 */

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    pid: { type: 'string' },
    db: { type: 'string' },
    kind: { type: 'string', default: 'directory' },
    requests: { type: 'string', default: '400' },
    warm: { type: 'string', default: '300' },
    skip: { type: 'string', default: '500' },
  },
})

function fail(message: string): never {
  console.error(`Fehler: ${message}`)
  process.exit(2)
}

const port = Number(values.port)
const pid = Number(values.pid)
if (!port || !pid || !values.db) fail('--port, --pid und --db sind nötig.')
if (!fs.existsSync(values.db)) fail(`Datenbank ${values.db} nicht gefunden.`)
const kinds: Record<string, (i: number, word: () => string) => string> = {
  directory: (_, word) => `/partner?q=${encodeURIComponent(word())}`,
  site: (_, word) => `/suche?q=${encodeURIComponent(word())}`,
  'no-hits': (i) => `/partner?q=qxzv${i}y${values.skip}`,
  news: (i) => `/aktuelles?u=${i}-${values.skip}`,
}
const pathFor = kinds[values.kind!] ?? fail(`unbekannte Art ${values.kind}: ${Object.keys(kinds)}`)

const word = uniqueQueries(vocabulary(values.db))
for (let k = Number(values.skip); k > 0; k--) word()

const TICKS_PER_SECOND = 100
function cpuMs(): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
}

function get(path: string, visitor: number): Promise<{ status: number; bytes: number }> {
  const address = `198.18.${(visitor >> 8) & 255}.${visitor & 255}`
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers: { 'x-forwarded-for': address } }, (res) => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }))
      })
      .on('error', reject)
  })
}

async function main() {
  const requests = Number(values.requests)
  for (let i = 0; i < Number(values.warm); i++) await get(pathFor(i + 100_000, word), 60_000 + i)
  const cpu0 = cpuMs()
  const t0 = performance.now()
  let bytes = 0
  let ok = 0
  for (let i = 0; i < requests; i++) {
    const answer = await get(pathFor(i, word), i)
    bytes += answer.bytes
    if (answer.status === 200) ok++
  }
  const wall = (performance.now() - t0) / requests
  const cpu = (cpuMs() - cpu0) / requests
  console.log(
    `${values.kind}: ${ok}/${requests} answered 200, ${(bytes / requests / 1024).toFixed(1)} KiB ` +
      `on average, ${wall.toFixed(1)} ms wall and ${cpu.toFixed(1)} ms server CPU per request ` +
      `(${os.availableParallelism()} cores)`,
  )
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
