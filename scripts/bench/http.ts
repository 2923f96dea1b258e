import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { root, type Proc } from './processes'
import type { Sample } from './stats'

/* HTTP for the bench: single requests, waiting for a server to answer, and autocannon load runs. */

type Response = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

export function request(
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
      {
        method: options.method ?? 'GET',
        headers: { 'x-forwarded-for': nextVisitor(), ...options.headers },
        agent: false,
      },
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

export async function waitFor(url: string, proc: Proc, timeoutMs: number, logFile?: string) {
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

let visitor = 0
/**
 * An address of the benchmarking range (198.18.0.0/15) for each run and request, sent as
 * X-Forwarded-For to the portal, which trusts one hop in the bench: every measurement is a
 * visitor of its own, so the per-address search budget counts only the flood.
 */
export function nextVisitor(): string {
  const n = visitor++
  return `198.18.${(n >> 8) & 255}.${n & 255}`
}

export async function load(url: string, seconds: number, connections: number): Promise<Sample> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    headers: { 'x-forwarded-for': nextVisitor() },
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
