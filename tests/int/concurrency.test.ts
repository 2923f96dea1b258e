import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '@/db/connection'

/*
 * Several processes on one database file, as when the server, the importer and a scheduled job
 * write at the same time. A read-modify-write in a BEGIN IMMEDIATE transaction must neither lose
 * an update nor let SQLITE_BUSY reach the caller: the write lock is taken before the read, and
 * the others wait for it within busy_timeout.
 */

const WORKERS = 4
const ITERATIONS = 250
const WORKER = path.resolve('tests/helpers/counter-worker.ts')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-concurrency-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

type WorkerReport = {
  done: number
  errors: number
  codes: string[]
  slowestMs: number
  startedAt: number
  finishedAt: number
}

function startWorker(file: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, file, String(ITERATIONS)], {
    cwd: process.cwd(),
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const ready = new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (stdout.includes('ready\n')) {
        child.stdout.off('data', onData)
        resolve()
      }
    }
    child.stdout.on('data', onData)
    child.on('exit', (code) => reject(new Error(`worker exited early (${code}): ${stderr}`)))
  })
  const exit = new Promise<{ code: number | null; report: WorkerReport; stderr: string }>(
    (resolve, reject) => {
      child.on('error', reject)
      child.on('close', (code) => {
        const last = stdout.trim().split('\n').pop() ?? ''
        try {
          resolve({ code, report: JSON.parse(last) as WorkerReport, stderr })
        } catch {
          reject(new Error(`worker gave no report (${code}): ${stderr}`))
        }
      })
    },
  )
  return { child, ready, exit }
}

describe('concurrent writers in separate processes', () => {
  it(`${WORKERS} processes × ${ITERATIONS} read-then-update increments lose nothing`, async () => {
    const file = path.join(dir, 'counter.db')
    const setup = openDatabase(file)
    setup.exec(
      'CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL); INSERT INTO counter VALUES (1, 0)',
    )
    setup.close()

    const workers = Array.from({ length: WORKERS }, () => startWorker(file))
    await Promise.all(workers.map((w) => w.ready))
    // All open, none started: one line each releases them together.
    for (const w of workers) w.child.stdin.end('go\n')
    const results = await Promise.all(workers.map((w) => w.exit))

    for (const { code, report, stderr } of results) {
      expect(stderr).toBe('')
      expect(code).toBe(0)
      expect(report.errors, `escaped errors: ${report.codes.join(', ')}`).toBe(0)
      expect(report.done).toBe(ITERATIONS)
    }
    // Workers really ran at the same time, so their transactions did contend.
    const reports = results.map((r) => r.report)
    const overlapping = reports.some((a, i) =>
      reports.some((b, j) => i !== j && a.startedAt <= b.finishedAt && b.startedAt <= a.finishedAt),
    )
    expect(overlapping).toBe(true)

    const check = openDatabase(file)
    expect(check.prepare('SELECT value FROM counter WHERE id = 1').pluck().get()).toBe(
      WORKERS * ITERATIONS,
    )
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
    check.close()
  }, 60_000)
})
