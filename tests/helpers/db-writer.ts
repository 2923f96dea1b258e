import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { openDatabase } from '../../db/connection'

/*
 * A second process writing to a portal database the way the server does while an operator takes
 * a backup: short BEGIN IMMEDIATE transactions, each with an image BLOB and the rows pointing to
 * it, so a backup that caught half a transaction would show it.
 *
 *   node --import tsx tests/helpers/db-writer.ts <database file>
 *
 * Prints `ready` after its first commit. On SIGTERM it finishes the current transaction, prints
 * `{"commits":n,"errors":n,"codes":[...]}` and exits 0. Needs one row in `partners`.
 */

const file = process.argv[2]
if (!file) throw new Error('usage: db-writer.ts <database file>')

const sqlite = openDatabase(file)
const partnerId = sqlite.prepare('SELECT id FROM partners ORDER BY id LIMIT 1').pluck().get()
const insertImage = sqlite.prepare(
  `INSERT INTO images (id, kind, mime_type, width, height, byte_size, sha256, source_sha256, alt, data, created_at)
   VALUES (?, 'photo', 'image/webp', 64, 64, ?, ?, ?, 'writer', ?, ?)`,
)
const insertNews = sqlite.prepare(
  `INSERT INTO news (slug, title, date, image_id, partner_id, status, created_at, updated_at)
   VALUES (?, ?, '2025-01-01', ?, ?, 'published', ?, ?)`,
)
const linkPartner = sqlite.prepare('INSERT INTO news_partners (news_id, partner_id) VALUES (?, ?)')
const insertEvent = sqlite.prepare(
  `INSERT INTO events (slug, title, starts_at, report_news_id, status, created_at, updated_at)
   VALUES (?, ?, ?, ?, 'published', ?, ?)`,
)

let commits = 0
let errors = 0
const codes = new Set<string>()
let stopping = false

const writeOne = sqlite.transaction((n: number) => {
  const now = Date.now()
  const data = randomBytes(4096 + Math.floor(Math.random() * 45_000))
  const sha = createHash('sha256').update(data).digest('hex')
  const imageId = randomUUID()
  insertImage.run(imageId, data.length, sha, sha, data, now)
  const slug = `writer-${process.pid}-${n}`
  const newsId = insertNews.run(slug, `Meldung ${n}`, imageId, partnerId, now, now).lastInsertRowid
  linkPartner.run(newsId, partnerId)
  if (n % 3 === 0) insertEvent.run(slug, `Bericht ${n}`, now, newsId, now, now)
})

function step(): void {
  if (stopping) {
    sqlite.close()
    process.stdout.write(`${JSON.stringify({ commits, errors, codes: [...codes] })}\n`)
    process.exit(0)
  }
  try {
    writeOne.immediate(commits)
    commits++
    if (commits === 1) process.stdout.write('ready\n')
  } catch (error) {
    errors++
    codes.add((error as { code?: string }).code ?? String(error))
  }
  // Yields between transactions so SIGTERM is noticed; the next one starts at once.
  setImmediate(step)
}

process.on('SIGTERM', () => {
  stopping = true
})
step()
