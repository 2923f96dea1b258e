import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { profileText, writePng } from '../helpers/profiles'

/*
 * The command line as an operator runs it: `npm run import -- [--dry-run] <paths>`. Spawned as a
 * real process so the exit codes, the output and a hard kill halfway are the real ones.
 */

// One process, as under `npm run import`: node with the tsx loader (no wrapper process to kill).
const NODE_ARGS = ['--conditions=react-server', '--import', 'tsx', 'scripts/import.ts']
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-cli-'))
const dbFile = path.join(dir, 'portal.db')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  NODE_ENV: 'production',
}
const COUNT = 300

function runImport(args: string[]) {
  const result = spawnSync(process.execPath, [...NODE_ARGS, ...args], { env, encoding: 'utf8' })
  const stdoutLines = result.stdout.trimEnd().split('\n')
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    last: stdoutLines[stdoutLines.length - 1],
  }
}

function query<T>(sql: string): T {
  const db = new Database(dbFile, { readonly: true })
  try {
    return db.prepare(sql).get() as T
  } finally {
    db.close()
  }
}

beforeAll(async () => {
  const categories = [
    'Unternehmen und Stiftungen',
    'Vereine und Verbände',
    'Forschungsorganisationen und Forschungsverbünde',
  ]
  for (let i = 0; i < COUNT; i++) {
    const category = categories[i % categories.length]!
    const slug = `${category
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ü/g, 'ue')
      .replace(/[^a-z]+/g, '-')}/partner-${i}`
    fs.mkdirSync(path.join(dir, 'profiles', `group-${i % 7}`), { recursive: true })
    fs.writeFileSync(
      path.join(dir, 'profiles', `group-${i % 7}`, `p${String(i).padStart(3, '0')}.md`),
      profileText({
        name: `Partner Nummer ${i}`,
        slug,
        category,
        logo: i % 10 === 0 ? null : '../logos/gross.png',
        body: `#### Über uns\n\nText ${i}`,
      }),
    )
  }
  // One large logo for all: decoding it takes long enough that the kill lands mid-import.
  await writePng(path.join(dir, 'profiles', 'logos', 'gross.png'), '#2a6f97', 2500, 2500)
}, 120_000)

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('npm run import', () => {
  it('survives kill -9 halfway: the database stays sound and the next run completes the work', async () => {
    const child: ChildProcessWithoutNullStreams = spawn(
      process.execPath,
      [...NODE_ARGS, path.join(dir, 'profiles')],
      { env },
    )
    let created = 0
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        created += (chunk.toString().match(/^created /gm) ?? []).length
        if (created >= 40) {
          child.kill('SIGKILL')
          resolve()
        }
      })
      child.on('exit', () => resolve())
      child.on('error', reject)
    })
    await new Promise((resolve) => child.on('close', resolve))

    expect(query<{ integrity_check: string }>('PRAGMA integrity_check').integrity_check).toBe('ok')
    const imported = query<{ n: number }>('SELECT count(*) AS n FROM partners').n
    expect(imported).toBeGreaterThanOrEqual(40)
    expect(imported).toBeLessThan(COUNT)

    const rerun = runImport([path.join(dir, 'profiles')])
    expect(rerun.code).toBe(0)
    expect(rerun.last).toBe(
      `created ${COUNT - imported}, updated 0, unchanged ${imported}, failed 0`,
    )
    expect(query<{ n: number }>('SELECT count(*) AS n FROM partners').n).toBe(COUNT)
    expect(query<{ n: number }>('SELECT count(DISTINCT slug) AS n FROM partners').n).toBe(COUNT)
    expect(
      query<{ n: number }>('SELECT count(*) AS n FROM partners WHERE logo_image_id IS NULL').n,
    ).toBe(COUNT / 10)

    const again = runImport([path.join(dir, 'profiles')])
    expect(again.last).toBe(`created 0, updated 0, unchanged ${COUNT}, failed 0`)
  }, 180_000)

  it('dry run reports changes and writes nothing', () => {
    const file = path.join(dir, 'profiles', 'group-1', 'p001.md')
    const original = fs.readFileSync(file, 'utf8')
    fs.writeFileSync(file, original.replace('Text 1', 'Text 1 geändert'))
    const extra = path.join(dir, 'extra.md')
    fs.writeFileSync(
      extra,
      profileText({ name: 'Ganz neu', slug: 'neu/ganz-neu', category: 'Neu' }),
    )
    const before = query<{ h: string }>(
      "SELECT group_concat(slug || body, '|') AS h FROM (SELECT * FROM partners ORDER BY id)",
    ).h
    const counts = query<{ p: number; c: number; r: number }>(
      'SELECT (SELECT count(*) FROM partners) p, (SELECT count(*) FROM categories) c, (SELECT count(*) FROM revisions) r',
    )

    const run = runImport(['--dry-run', path.join(dir, 'profiles'), extra])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Probelauf/)
    expect(run.last).toBe(`created 1, updated 1, unchanged ${COUNT - 1}, failed 0`)
    expect(
      query<{ h: string }>(
        "SELECT group_concat(slug || body, '|') AS h FROM (SELECT * FROM partners ORDER BY id)",
      ).h,
    ).toBe(before)
    expect(
      query<{ p: number; c: number; r: number }>(
        'SELECT (SELECT count(*) FROM partners) p, (SELECT count(*) FROM categories) c, (SELECT count(*) FROM revisions) r',
      ),
    ).toEqual(counts)

    fs.writeFileSync(file, original)
    fs.rmSync(extra)
  }, 60_000)

  it('names broken files with a reason, exits 1 and never prints a stack trace', () => {
    const bad = path.join(dir, 'bad')
    fs.mkdirSync(bad, { recursive: true })
    fs.writeFileSync(path.join(bad, 'kaputt.md'), '---\nname: "offen\n---\n')
    fs.writeFileSync(path.join(bad, 'ohne-name.md'), '---\nslug: "a/b"\ncategory: "X"\n---\n')
    fs.writeFileSync(
      path.join(bad, 'gut.md'),
      profileText({ name: 'Gut', slug: 'neu/gut', category: 'Neu' }),
    )
    const run = runImport([bad, path.join(dir, 'gibt-es-nicht')])
    expect(run.code).toBe(1)
    expect(run.last).toBe('created 1, updated 0, unchanged 0, failed 3')
    expect(run.stderr).toMatch(/kaputt\.md: YAML-Kopf nicht lesbar/)
    expect(run.stderr).toMatch(/ohne-name\.md: Pflichtfeld „name“ fehlt/)
    expect(run.stderr).toMatch(/gibt-es-nicht: Datei oder Ordner nicht gefunden/)
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/)
  }, 60_000)

  it('imports quotes over several unindented lines, and a second run finds them unchanged', async () => {
    const folder = path.join(dir, 'zitate')
    fs.cpSync('tests/fixtures/profiles', folder, { recursive: true })
    await writePng(path.join(folder, 'logos', 'messtechnik.png'))
    const first = runImport([folder])
    expect(first.stderr).toBe('')
    expect(first.last).toBe('created 2, updated 0, unchanged 0, failed 0')
    expect(
      query<{ q: string }>(
        "SELECT quote_text AS q FROM partners WHERE slug LIKE '%/lernwerkstatt-technik-ostwestfalen-e-v'",
      ).q,
    ).toMatch(/MACHEN\. "Probieren geht über Studieren", sagen die Kinder\.\nWir freuen uns/)
    expect(runImport([folder]).last).toBe('created 0, updated 0, unchanged 2, failed 0')
  }, 60_000)

  it('reads a logo only from inside the folders named, as a regular file of at most 5 MB', async () => {
    const folder = path.join(dir, 'eingeschlossen')
    const outside = path.join(dir, 'geheim.png')
    await writePng(outside, '#aa0000')
    await writePng(path.join(folder, 'logos', 'gut.png'), '#00aa00')
    fs.symlinkSync(outside, path.join(folder, 'logos', 'verweis.png'))
    fs.writeFileSync(path.join(folder, 'logos', 'riesig.png'), Buffer.alloc(6 * 1024 * 1024, 1))
    spawnSync('mkfifo', [path.join(folder, 'logos', 'fifo.png')])
    const logos: Record<string, string> = {
      gut: 'logos/gut.png',
      hoch: '../geheim.png',
      weit: '../../../../../../../../etc/passwd',
      absolut: outside,
      verweis: 'logos/verweis.png',
      null: '/dev/zero',
      riesig: 'logos/riesig.png',
      fifo: 'logos/fifo.png',
    }
    for (const [name, logo] of Object.entries(logos))
      fs.writeFileSync(
        path.join(folder, `${name}.md`),
        profileText({ name: `Logo ${name}`, slug: `logos/${name}`, category: 'Logos', logo }),
      )

    const started = Date.now()
    const result = spawnSync(process.execPath, [...NODE_ARGS, folder], {
      env,
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(result.status).toBe(0)
    expect(result.stdout.trimEnd().split('\n').pop()).toBe(
      'created 8, updated 0, unchanged 0, failed 0',
    )
    const warning = (name: string) =>
      new RegExp(
        `logos/${name} .*\\n\\s+Warnung: Logo „${logos[name]!.replace(/[.*/]/g, '\\$&')}“ übersprungen: ([^\\n]+)`,
      )
    for (const name of ['hoch', 'weit', 'absolut', 'verweis', 'null'])
      expect(result.stdout).toMatch(warning(name))
    expect(result.stdout.match(warning('hoch'))?.[1]).toMatch(/außerhalb der angegebenen Ordner/)
    expect(result.stdout.match(warning('riesig'))?.[1]).toMatch(/größer als 5 MB/)
    expect(result.stdout.match(warning('fifo'))?.[1]).toMatch(/keine gewöhnliche Datei/)
    const withLogo = new Database(dbFile, { readonly: true })
      .prepare("SELECT slug FROM partners WHERE slug LIKE 'logos/%' AND logo_image_id IS NOT NULL")
      .all()
    expect(withLogo).toEqual([{ slug: 'logos/gut' }])
  }, 90_000)

  it('explains a wrong call in one line', () => {
    const none = runImport([])
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/^Fehler: keine Datei und kein Ordner angegeben/)
    const unknown = runImport(['--schnell', dir])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unbekannte Option --schnell/)
  })
})
