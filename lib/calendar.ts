import { createEvents, type EventAttributes } from 'ics'
import { berlinParts } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import { eventPath } from '@/lib/i18n/paths'

/*
 * iCalendar (RFC 5545) for one event or the whole programme, built with the `ics` library.
 * Timed events are written in UTC, which stays right across daylight-saving changes in any
 * calendar; all-day events are plain dates (as they fall in Berlin) with an exclusive end.
 */

export type CalendarInput = {
  id: number
  slug: string
  title: string
  summary: string
  startsAt: Date
  endsAt: Date | null
  allDay: boolean
  venueName: string | null
  venueAddress: string | null
  onlineUrl: string | null
  updatedAt: Date
}

type DateArray = [number, number, number]

/**
 * The calendar's language: event links lead to the pages in it, and "Online" is its word for an
 * online venue (both languages say "Online").
 */
export type CalendarOptions = { siteUrl: string; name: string; locale?: Locale; online?: string }

/**
 * Text for a calendar property. The `ics` library escapes backslash, ";", "," and CRLF/LF, but
 * passes a bare CR and other control characters through, which some calendar programs read as
 * the end of the line, so a title could start properties (or events) of its own. Line breaks
 * become LF (escaped as \n by the library); other controls, not allowed in iCalendar text, go.
 */
export function calendarText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
}

function berlinDate(instant: Date, addDays = 0): DateArray {
  const p = berlinParts(instant)
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + addDays))
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
}

function productId(host: string, locale: Locale) {
  return `-//${host}//Clusterportal//${locale.toUpperCase()}`
}

function toEvent(event: CalendarInput, options: CalendarOptions): EventAttributes {
  const { siteUrl, locale = 'de', online = 'Online' } = options
  const url = `${siteUrl}${eventPath(event.slug, locale)}`
  const host = new URL(siteUrl).hostname
  const location =
    [event.venueName, event.venueAddress]
      .filter((part): part is string => Boolean(part))
      .map(calendarText)
      .join(', ') || (event.onlineUrl ? online : undefined)
  const description = calendarText(
    [event.summary, event.onlineUrl ? `${online}: ${event.onlineUrl}` : '', url]
      .filter(Boolean)
      .join('\n\n'),
  )
  const common = {
    uid: `veranstaltung-${event.id}@${host}`,
    title: calendarText(event.title),
    description,
    url,
    location,
    timestamp: event.updatedAt.getTime(),
    status: 'CONFIRMED' as const,
    productId: productId(host, locale),
  }
  if (event.allDay) {
    return {
      ...common,
      start: berlinDate(event.startsAt),
      end: berlinDate(event.endsAt ?? event.startsAt, 1),
    }
  }
  const end = event.endsAt ?? new Date(event.startsAt.getTime() + 60 * 60 * 1000)
  return {
    ...common,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
  }
}

export function buildCalendar(events: CalendarInput[], options: CalendarOptions): string {
  const host = new URL(options.siteUrl).hostname
  const result = createEvents(
    events.map((event) => toEvent(event, options)),
    { calName: options.name, productId: productId(host, options.locale ?? 'de') },
  )
  if (result.error || !result.value)
    throw new Error(`Kalender konnte nicht erzeugt werden: ${result.error?.message ?? 'leer'}`)
  return result.value
}

/** An empty but valid calendar (no events published yet). */
export function emptyCalendar(options: CalendarOptions): string {
  const host = new URL(options.siteUrl).hostname
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${productId(host, options.locale ?? 'de')}`,
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${options.name.replace(/[\\;,\n]/g, ' ')}`,
    'END:VCALENDAR',
    '',
  ].join('\r\n')
}
