/* The newsletter's topics and languages, without any text: safe for client components. */

export const NEWSLETTER_TOPICS = ['news', 'events'] as const
export type NewsletterTopic = (typeof NEWSLETTER_TOPICS)[number]
export type NewsletterLocale = 'de' | 'en'

/** The message key of a topic's name in the `newsletter` namespace. */
export const TOPIC_KEYS = { news: 'topicNews', events: 'topicEvents' } as const
