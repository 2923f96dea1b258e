import { describe, expect, it } from 'vitest'
import {
  eventCalendarPath,
  infoPagePath,
  localizeHref,
  newsletterPath,
  newsPath,
  partnerPath,
  slugIn,
} from './paths'

describe('localized addresses', () => {
  it('keeps the German addresses and puts the English ones under /en with English paths', () => {
    expect(newsPath('a', 'de')).toBe('/aktuelles/a')
    expect(newsPath('a', 'en')).toBe('/en/news/a')
    expect(partnerPath('cat/entry', 'en')).toBe('/en/partners/cat/entry')
    expect(eventCalendarPath('x', 'de')).toBe('/veranstaltungen/x/kalender.ics')
    expect(eventCalendarPath('x', 'en')).toBe('/en/events/x/calendar.ics')
    expect(infoPagePath('impressum', 'de')).toBe('/impressum')
    expect(infoPagePath('legal-notice', 'en')).toBe('/en/legal-notice')
  })

  it('takes the English slug when there is one, else the German one', () => {
    expect(slugIn({ de: 'meldung', en: 'news-item' }, 'en')).toBe('news-item')
    expect(slugIn({ de: 'meldung', en: null }, 'en')).toBe('meldung')
    expect(slugIn({ de: 'meldung', en: 'news-item' }, 'de')).toBe('meldung')
  })

  it('turns German item addresses into English ones, and leaves others alone', () => {
    expect(localizeHref('/aktuelles/x', 'en')).toBe('/en/news/x')
    expect(localizeHref('/partner/a/b', 'en')).toBe('/en/partners/a/b')
    expect(localizeHref('/partner/karte', 'en')).toBe('/en/partners/map')
    expect(localizeHref('/partner/karte-und-mehr/x', 'en')).toBe('/en/partners/karte-und-mehr/x')
    expect(localizeHref('/veranstaltungen/y', 'en')).toBe('/en/events/y')
    expect(localizeHref('/en/news/x', 'en')).toBe('/en/news/x')
    expect(localizeHref('/partnerschaft', 'en')).toBe('/partnerschaft')
    expect(localizeHref('/aktuelles/x', 'de')).toBe('/aktuelles/x')
  })
})

describe('newsletter addresses', () => {
  it('keep the German ones and have English ones under /en/newsletter', () => {
    expect(newsletterPath('subscribe', 'de')).toBe('/newsletter')
    expect(newsletterPath('subscribe', 'en')).toBe('/en/newsletter')
    expect(newsletterPath('confirm', 'de')).toBe('/newsletter/bestaetigen')
    expect(newsletterPath('confirm', 'en')).toBe('/en/newsletter/confirm')
    expect(newsletterPath('oneClick', 'de')).toBe('/newsletter/abbestellen/ein-klick')
    expect(newsletterPath('oneClick', 'en')).toBe('/en/newsletter/unsubscribe/one-click')
  })
})
