import { execFile, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { E2E_DB_FILE, scalar } from './helpers/db'

/*
 * An online backup of the running portal's database, taken while something keeps writing,
 * restored into a fresh folder, and a second portal started on it: it serves the same content.
 */

const run = promisify(execFile)
const NODE_ARGS = ['--conditions=react-server', '--import', 'tsx']

test('a backup taken during writes restores into a portal that starts and serves the content', async () => {
  test.setTimeout(120_000)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-restore-'))
  const backup = path.join(dir, 'sicherung.db')
  const restoredUrl = `file:${path.join(dir, 'neu', 'portal.db')}`

  // A writer in another process, busy for the whole backup.
  const writer = spawn(process.execPath, [
    '-e',
    `const db = new (require('better-sqlite3'))(${JSON.stringify(E2E_DB_FILE)}, { timeout: 5000 })
     const insert = db.prepare("INSERT INTO audit_log (action, created_at) VALUES ('test.schreiber', ?)")
     const end = Date.now() + 3000
     while (Date.now() < end) insert.run(Date.now())`,
  ])
  const writerDone = new Promise((resolve) => writer.on('exit', resolve))
  await run(process.execPath, [...NODE_ARGS, 'scripts/backup.ts', backup], {
    env: { ...process.env, DATABASE_URL: `file:${E2E_DB_FILE}` },
  })
  await writerDone
  expect(fs.existsSync(backup)).toBe(true)
  expect(scalar("SELECT count(*) FROM audit_log WHERE action = 'test.schreiber'")).toBeGreaterThan(
    0,
  )

  await run(process.execPath, [...NODE_ARGS, 'scripts/restore.ts', backup], {
    env: { ...process.env, DATABASE_URL: restoredUrl },
  })

  const port = 3290 + Math.floor(Math.random() * 9)
  const server: ChildProcess = spawn(process.execPath, ['server.mjs'], {
    env: {
      ...process.env,
      DATABASE_URL: restoredUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      AUTH_SECRET: 'wiederhergestellt-'.padEnd(40, 'x'),
      QUERY_LOG_FILE: '',
    },
    stdio: 'ignore',
  })
  try {
    const base = `http://127.0.0.1:${port}`
    await expect
      .poll(
        async () => {
          try {
            return (await fetch(`${base}/api/health`)).status
          } catch {
            return 0
          }
        },
        { timeout: 60_000 },
      )
      .toBe(200)
    const title = scalar<string>(
      "SELECT title FROM news WHERE status = 'published' ORDER BY date DESC, id DESC LIMIT 1",
    )
    const home = await (await fetch(`${base}/`)).text()
    expect(home).toContain(title.replace(/&/g, '&amp;'))
    const profile = scalar<string>("SELECT slug FROM partners WHERE status = 'published' LIMIT 1")
    expect((await fetch(`${base}/partner/${profile}`)).status).toBe(200)
  } finally {
    server.kill()
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
