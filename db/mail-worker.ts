import 'server-only'
import { randomUUID } from 'node:crypto'
import type { Db } from './client'
import { getDb } from './client'
import { countHit } from './auth/rate-limit'
import { composeMessage } from './store/outbox-message'
import {
  claimNext,
  classify,
  markDropped,
  markFailed,
  markSent,
  recoverAbandoned,
} from './store/outbox'
import { dueIssues, finishIssues } from './store/newsletter-issues'
import { now } from '@/lib/clock'
import { createMailTransport, mailFrom, mailConfigured } from '@/lib/mail'
import { asBackgroundWork } from './query-log'

/*
 * The outbox sender in every server process. Each message: claim (one process wins the row) →
 * send over SMTP_URL with the row's fixed Message-ID → mark sent. All processes share one rate
 * (MAIL_RATE_PER_MINUTE, counted by the project's rate limiter in the claim's transaction).
 *
 * Exactly once, and its honest limit: a crash after the SMTP server accepted a message (its 250
 * reply) but before the row is marked sent leaves the row `sending`; it is given back and sent
 * again after the restart. That window is the few milliseconds between the reply and the
 * commit; the message goes out again with the same Message-ID, which receiving systems use to
 * recognise a duplicate. A crash at any other moment sends every message exactly once. A row is
 * never sent twice while its claiming process lives.
 */

export type MailTransport = {
  sendMail: (message: Record<string, unknown>) => Promise<unknown>
  close?: () => void
}

/** This process's name on the rows it claims: pid (for liveness checks) and a random token. */
export const SENDER_ID = `${process.pid}:${randomUUID()}`

export function ratePerMinute(): number {
  const value = Number(process.env.MAIL_RATE_PER_MINUTE || 120)
  return Number.isFinite(value) && value >= 1 ? Math.min(Math.floor(value), 6000) : 120
}

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export type SendResult = 'idle' | 'sent' | 'retry' | 'failed' | 'dropped'

/** Claims and sends one message. */
export async function sendNext(
  db: Db,
  transport: MailTransport,
  options: { owner?: string; at?: Date; rate?: number } = {},
): Promise<SendResult> {
  const owner = options.owner ?? SENDER_ID
  const rate = options.rate ?? ratePerMinute()
  const row = claimNext(
    db,
    owner,
    options.at ?? now(),
    (tx) => countHit(tx, 'mail:send', { limit: rate, windowMs: 60_000 }).allowed,
  )
  if (!row) return 'idle'
  let mail
  try {
    mail = composeMessage(db, row)
  } catch (error) {
    markDropped(db, row, owner, `Nachricht nicht erstellt: ${classify(error).message}`)
    return 'dropped'
  }
  if (!mail) {
    markDropped(db, row, owner, 'Empfänger nicht mehr angemeldet')
    return 'dropped'
  }
  try {
    await transport.sendMail({
      from: mailFrom(),
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: row.messageId,
      date: new Date(),
      headers: mail.headers,
    })
  } catch (error) {
    return markFailed(db, row, owner, classify(error), options.at ?? now())
  }
  markSent(db, row, owner, now())
  return 'sent'
}

/** Sends until nothing is due (tests and the command line). */
export async function drainOutbox(
  db: Db,
  transport: MailTransport,
  options: { owner?: string; at?: Date; rate?: number; pauseMs?: number } = {},
): Promise<SendResult[]> {
  const results: SendResult[] = []
  for (;;) {
    const result = await sendNext(db, transport, options)
    if (result === 'idle') return results
    results.push(result)
    if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs))
  }
}

const RECOVER_EVERY_MS = 60_000

/** Runs for the life of the server process. Without SMTP_URL, rows simply wait. */
export function startMailWorker(): void {
  let transport: MailTransport | null = null
  let lastRecover = 0
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const db = getDb()
      // The server's own timer, not a visitor's request: left out of the test query log.
      asBackgroundWork(() => {
        dueIssues(db, now())
        finishIssues(db)
      })
      if (!mailConfigured()) return
      transport ??= createMailTransport()
      if (!transport) return
      if (Date.now() - lastRecover > RECOVER_EVERY_MS) {
        lastRecover = Date.now()
        asBackgroundWork(() => recoverAbandoned(db, SENDER_ID, now(), processAlive))
      }
      const pause = 60_000 / ratePerMinute()
      for (let i = 0; i < 50; i++) {
        const result = await sendNext(db, transport)
        if (result === 'idle') break
        await new Promise((r) => setTimeout(r, pause))
      }
    } catch (error) {
      console.error(
        JSON.stringify({
          level: 'error',
          event: 'mail_worker_failed',
          message: error instanceof Error ? error.message : String(error),
        }),
      )
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), 1000)
  timer.unref?.()
}
