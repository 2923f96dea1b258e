import { drizzle } from 'drizzle-orm/better-sqlite3'
import type { Db } from '../../db/client'
import { openDatabase } from '../../db/connection'
import * as schema from '../../db/schema'
import { drainOutbox, processAlive, SENDER_ID } from '../../db/mail-worker'
import { recoverAbandoned } from '../../db/store/outbox'
import { createMailTransport } from '../../lib/mail'

/*
 * A sender process as the server runs it, for the crash test:
 *   SMTP_URL=… node --conditions=react-server --import tsx tests/helpers/outbox-child.ts <db file>
 * Gives back what a dead process left, sends everything due, prints `done <n>`.
 */

const file = process.argv[2]
if (!file) throw new Error('usage: outbox-child.ts <database file>')
const db = drizzle(openDatabase(file), { schema }) as Db
const transport = createMailTransport()
if (!transport) throw new Error('SMTP_URL is not set')
recoverAbandoned(db, SENDER_ID, new Date(), processAlive)
void drainOutbox(db, transport, { rate: 6000, pauseMs: 20 }).then((results) => {
  process.stdout.write(`done ${results.length}\n`)
  transport.close()
})
