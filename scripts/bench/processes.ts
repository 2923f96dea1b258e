import { fork, spawn, type ChildProcess, type StdioOptions } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

export const root = process.cwd()
const TSX = ['--conditions=react-server', '--import', 'tsx']

/*
 * The child processes of the bench (servers, nginx, Chromium, helpers): every child gets its own
 * process group and is stopped by its id (and its group), also when the bench is interrupted.
 */

export type Proc = {
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

/** The run's temporary folder (databases, logs, configurations); removed by emergencyCleanup. */
export function makeTmpRoot(): string {
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-bench-'))
  return tmpRoot
}

export function tmpRootDir(): string {
  if (!tmpRoot) throw new Error('kein temporärer Ordner angelegt')
  return tmpRoot
}

export function startProcess(
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
export function descendants(pid: number, table: ProcessTable = processTable()): number[] {
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

export async function stopProc(proc: Proc, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000) {
  proc.stopping = true
  if (!proc.done) {
    signalProc(proc, signal)
    await Promise.race([proc.exited, sleep(graceMs)])
  }
  // Whatever is left of it, also children that outlived it.
  signalProc(proc, 'SIGKILL')
  await Promise.race([proc.exited, sleep(2000)])
}

export function emergencyCleanup(): void {
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

export async function run(
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

export function nodeScript(script: string, args: string[] = []): [string, string[]] {
  return [process.execPath, [...TSX, script, ...args]]
}

function listenable(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Ports handed out in this run: a range is walked once, so two servers never get the same. */
const handedOut = new Set<number>()

/**
 * A free port on 127.0.0.1: any the system gives, or, when BENCH_PORTS names a range
 * (`3410-3429`, for a machine shared with others), the next free one in it.
 */
export async function freePort(range = process.env.BENCH_PORTS): Promise<number> {
  if (!range) return listenable(0)
  const match = /^(\d+)-(\d+)$/.exec(range.trim())
  if (!match) throw new Error(`BENCH_PORTS: erwartet „von-bis“, z. B. 3410-3429, nicht „${range}“`)
  for (let port = Number(match[1]); port <= Number(match[2]); port++) {
    if (handedOut.has(port)) continue
    try {
      await listenable(port)
      handedOut.add(port)
      return port
    } catch {
      // taken by someone else
    }
  }
  throw new Error(`BENCH_PORTS ${range}: kein freier Port mehr`)
}
