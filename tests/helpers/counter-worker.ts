import fs from 'node:fs'
import { openDatabase } from '../../db/connection'

/*
 * One of several processes incrementing the same counter row, each increment a read followed by
 * a write in one BEGIN IMMEDIATE transaction, with the portal's connection settings.
 *
 *   node --import tsx tests/helpers/counter-worker.ts <database file> <iterations>
 *
 * Prints `ready` once the database is open and then waits for a line on stdin, so that the
 * parent can start all workers at the same moment. At the end it prints
 * `{"done":n,"errors":n,"codes":[...],"slowestMs":n,"startedAt":ms,"finishedAt":ms}`.
 */

const [file, iterationsArg] = process.argv.slice(2)
if (!file || !iterationsArg) throw new Error('usage: counter-worker.ts <file> <iterations>')

const sqlite = openDatabase(file)
const read = sqlite.prepare('SELECT value FROM counter WHERE id = 1').pluck()
const write = sqlite.prepare('UPDATE counter SET value = ? WHERE id = 1')
const increment = sqlite.transaction(() => {
  const value = read.get() as number
  write.run(value + 1)
})

process.stdout.write('ready\n')
fs.readSync(0, Buffer.alloc(1))

const startedAt = Date.now()
let done = 0
let errors = 0
let slowestMs = 0
const codes = new Set<string>()
for (let i = 0; i < Number(iterationsArg); i++) {
  const started = Date.now()
  try {
    increment.immediate()
    done++
  } catch (error) {
    errors++
    codes.add((error as { code?: string }).code ?? String(error))
  }
  slowestMs = Math.max(slowestMs, Date.now() - started)
}
const finishedAt = Date.now()
sqlite.close()
process.stdout.write(
  `${JSON.stringify({ done, errors, codes: [...codes], slowestMs, startedAt, finishedAt })}\n`,
)
