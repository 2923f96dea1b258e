import 'server-only'
import { getDb } from '../client'
import { clientAddress } from '../auth/session'
import { subscribeWithThrottle, type SubscribeInput } from './newsletter-throttle'
import {
  confirmSubscription,
  subscriberByKey,
  unsubscribeByKey,
  updateTopicsByKey,
} from '../store/newsletter'
import { parseTopics } from '../store/newsletter'
import type { NewsletterTopic } from '@/lib/newsletter/texts'

export type { SubscribeInput }

/*
 * What visitors do with the newsletter, without an account: the link's token or key is the
 * authorization. Subscribing is throttled (./newsletter-throttle.ts).
 */

export async function subscribeToNewsletter(input: SubscribeInput) {
  return subscribeWithThrottle(getDb(), input, await clientAddress())
}

export function confirmNewsletter(token: string, address: string | null): boolean {
  return confirmSubscription(getDb(), token, address)
}

export function unsubscribeNewsletter(key: string): boolean {
  return unsubscribeByKey(getDb(), key)
}

/** The settings a key opens: only the topics and state, never the address in full. */
export function newsletterSettings(key: string) {
  const row = subscriberByKey(getDb(), key)
  if (!row) return null
  const [name = '', domain = ''] = row.email.split('@')
  return {
    state: row.state,
    topics: parseTopics(row.topics),
    maskedEmail: `${name.slice(0, 2)}…@${domain}`,
  }
}

export function changeNewsletterTopics(key: string, topics: NewsletterTopic[]): boolean {
  return updateTopicsByKey(getDb(), key, topics)
}
