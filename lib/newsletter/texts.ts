// The core of next-intl, without React: the sender renders mails outside any request.
import { createTranslator } from 'use-intl/core'
import de from '../../messages/de.json'
import en from '../../messages/en.json'
import { TOPIC_KEYS, type NewsletterLocale, type NewsletterTopic } from './topics'

export { NEWSLETTER_TOPICS, type NewsletterLocale, type NewsletterTopic } from './topics'

/*
 * The newsletter's texts in a language, from the message files (namespace `newsletter`), for
 * code outside React: the form actions, the consent proof and the mails, which the sender
 * renders in the subscriber's language long after the request that subscribed.
 */

const MESSAGES = { de, en } as const

function build(locale: NewsletterLocale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'newsletter' })
  const topics = Object.fromEntries(
    Object.entries(TOPIC_KEYS).map(([topic, key]) => [topic, t(key)]),
  ) as Record<NewsletterTopic, string>
  return {
    locale,
    topics,
    consent: t('consent'),
    accepted: t('accepted'),
    invalidEmail: t('invalidEmail'),
    noTopic: t('noTopic'),
    linkInvalid: t('linkInvalid'),
    settingsSaved: t('settingsSaved'),
    oneClickDone: t('oneClickDone'),
    oneClickUnknown: t('oneClickUnknown'),
    mail: {
      confirmSubject: t('mail.confirmSubject'),
      confirmBody: (link: string, site: string) => t('mail.confirmBody', { link, site }),
      confirmButton: t('mail.confirmButton'),
      news: t('mail.news'),
      events: t('mail.events'),
      readMore: t('mail.readMore'),
      unsubscribe: t('mail.unsubscribe'),
      settings: t('mail.settings'),
      footer: (site: string) => t('mail.footer', { site }),
      test: t('mail.test'),
    },
  }
}

export type NewsletterTexts = ReturnType<typeof build>

const BUILT: Partial<Record<NewsletterLocale, NewsletterTexts>> = {}

/** The texts in `locale`; anything but English reads German, the portal's home language. */
export function newsletterText(locale: NewsletterLocale = 'de'): NewsletterTexts {
  const key: NewsletterLocale = locale === 'en' ? 'en' : 'de'
  return (BUILT[key] ??= build(key))
}
