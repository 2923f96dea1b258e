import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { buildIsCurrent, buildStampPath, sourceHash } from '../lib/build-stamp'
import { waitFor } from './http'
import { log } from './log'
import type { BenchOptions } from './options'
import type { Captured } from './measure'
import { freePort, root, run, startProcess, type Proc } from './processes'

/*
 * The servers under test: the production build (rebuilt only when the sources changed, the stamp
 * shared with `npm start`), the portal started as `npm start` starts it, and the raw Node
 * baseline beside it.
 */

export async function ensureBuild(
  options: BenchOptions,
): Promise<{ built: boolean; seconds: number }> {
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

export function portalEnv(dbFile: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: `file:${dbFile}`,
    AUTH_SECRET: randomBytes(36).toString('base64'),
    ADMIN_PASSWORD: `bench-${randomBytes(12).toString('hex')}`,
  }
}

/**
 * The environment assignments and Node flags of `npm start` (`NAME=value … node <flags>
 * server-cluster.mjs`: the allocator's arenas, the heap limit), so the bench runs the server as
 * it runs in use.
 */
export function startCommand(script: string): { env: Record<string, string>; flags: string[] } {
  const words = script.split(/\s+/).filter(Boolean)
  const env: Record<string, string> = {}
  let i = 0
  for (; i < words.length && /^[A-Z_][A-Z0-9_]*=/.test(words[i]!); i++) {
    const [name, ...value] = words[i]!.split('=')
    env[name!] = value.join('=')
  }
  const entry = words.findIndex((word) => word.endsWith('.mjs'))
  return { env, flags: words[i] === 'node' && entry > i ? words.slice(i + 1, entry) : [] }
}

function startFlags(): { env: Record<string, string>; flags: string[] } {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>
  }
  return startCommand(pkg.scripts?.start ?? '')
}

export async function startServer(
  env: NodeJS.ProcessEnv,
  port: number,
  logFile: string,
): Promise<Proc> {
  const out = fs.openSync(logFile, 'a')
  const start = startFlags()
  const args = [...start.flags, 'server.mjs']
  const proc = startProcess(`node ${args.join(' ')}`, process.execPath, args, {
    // The variables of the start script, unless the bench's caller set them.
    env: { ...start.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', out, out],
  })
  fs.closeSync(out)
  await waitFor(`http://127.0.0.1:${port}/impressum`, proc, 90_000, logFile)
  return proc
}

/** `npm start` with WORKERS processes on one port (server-cluster.mjs). */
export async function startClusterServer(
  env: NodeJS.ProcessEnv,
  port: number,
  workers: number,
  logFile: string,
): Promise<Proc> {
  const out = fs.openSync(logFile, 'a')
  const start = startFlags()
  const args = [...start.flags, 'server-cluster.mjs']
  const proc = startProcess(`WORKERS=${workers} node ${args.join(' ')}`, process.execPath, args, {
    env: { ...start.env, ...env, PORT: String(port), HOST: '127.0.0.1', WORKERS: String(workers) },
    stdio: ['ignore', out, out],
  })
  fs.closeSync(out)
  await waitFor(`http://127.0.0.1:${port}/impressum`, proc, 120_000, logFile)
  return proc
}

/** The raw Node baseline (raw-node-server.ts), sending exactly the bytes captured. */
export async function startRawServer(
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
  const server = path.join(root, 'scripts', 'bench', 'raw-node-server.ts')
  const proc = startProcess('raw node', server, [file, String(port)], { fork: true })
  await waitFor(`http://127.0.0.1:${port}${captured[0]!.path}`, proc, 30_000)
  return { proc, port }
}
