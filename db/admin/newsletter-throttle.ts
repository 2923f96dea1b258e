import 'server-only'
import type { Db } from '../client'
import { allowHit, type RateWindow } from '../auth/rate-limit'
import { recordRepeatedAudit } from '../store/journal'
import { requestSubscription } from '../store/newsletter'
import type { NewsletterTopic } from '@/lib/newsletter/texts'

/*
 * Subscribing answers the same for every address; at most 3 requests per address and 20 per
 * client address per hour are acted upon (the project's one rate limiter, shared by every
 * process). A filled honeypot gets the usual answer and nothing else, so a bot learns nothing.
 */

export const SUBSCRIBE_PER_EMAIL: RateWindow = { limit: 3, windowMs: 60 * 60 * 1000 }
export const SUBSCRIBE_PER_CLIENT: RateWindow = { limit: 20, windowMs: 60 * 60 * 1000 }

export type SubscribeInput = {
  email: string
  topics: NewsletterTopic[]
  locale: 'de' | 'en'
  honeypot: string
}

export function subscribeWithThrottle(
  db: Db,
  input: SubscribeInput,
  address: string | null,
): 'queued' | 'ignored' {
  const email = input.email.normalize('NFKC').trim().toLowerCase().slice(0, 254)
  // A filled honeypot gets the usual answer and nothing else, so a bot learns nothing.
  if (input.honeypot.trim() !== '') return 'ignored'
  if (
    (address && !allowHit(db, `newsletter-address:${address}`, SUBSCRIBE_PER_CLIENT)) ||
    !allowHit(db, `newsletter:${email}`, SUBSCRIBE_PER_EMAIL)
  ) {
    recordRepeatedAudit(
      db,
      { action: 'newsletter.subscribe_throttled', actorEmail: email, clientAddress: address },
      SUBSCRIBE_PER_EMAIL.windowMs,
    )
    return 'ignored'
  }
  return requestSubscription(db, { ...input, email }, address) === 'queued' ? 'queued' : 'ignored'
}
