import type { Locale } from '@/lib/i18n/locales'

/*
 * Dates and times as the portal shows them, through Intl for the page's language (German or
 * British English), in Europe/Berlin whatever the server's own time zone is.
 */

export const TIME_ZONE = 'Europe/Berlin'

/** The Intl locale of each portal language. */
const INTL: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' }

const longDate: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', {
    day: '2-digit',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
}

/** "2016-07-08" → "08. Juli 2016" (German) or "8 July 2016" (English). */
export function formatLongDate(isoDate: string, locale: Locale = 'de'): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  return longDate[locale].format(new Date(Date.UTC(y, m - 1, d)))
}

/** The dateline of a press release: "Paderborn, 08. Juli 2016" (or just the date). */
export function formatDateline(
  place: string | null | undefined,
  isoDate: string,
  locale: Locale = 'de',
): string {
  const date = formatLongDate(isoDate, locale)
  return place ? `${place}, ${date}` : date
}

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** Wall-clock fields of an instant in Berlin. */
export function berlinParts(instant: Date): {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
} {
  const parts = Object.fromEntries(
    partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]),
  )
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

/** Offset of Berlin from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function berlinOffset(instant: Date): number {
  const p = berlinParts(instant)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/**
 * "2027-03-26T09:00" (Berlin wall clock) → the UTC instant. A time that does not exist (the hour
 * skipped when clocks go forward) is moved forward by that hour; an ambiguous one (the hour
 * repeated in autumn) takes the first, summer-time occurrence.
 */
export function berlinLocalToInstant(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(local.trim())
  if (!match)
    throw new Error(`Ungültige Zeitangabe „${local}“ (erwartet JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM)`)
  const [, y, mo, d, h = '00', mi = '00'] = match
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi))
  // The offsets in force a day before and a day after cover both sides of any clock change.
  const before = berlinOffset(new Date(wall - 86_400_000))
  const after = berlinOffset(new Date(wall + 86_400_000))
  const valid = [wall - Math.max(before, after), wall - Math.min(before, after)].filter(
    (candidate) => berlinOffset(new Date(candidate)) === wall - candidate,
  )
  // In the skipped hour neither reading exists: keep the offset from before the change.
  return new Date(valid.length > 0 ? Math.min(...valid) : wall - before)
}

/** The instant → "2027-03-26T09:00" on Berlin's wall clock (for form fields). */
export function instantToBerlinLocal(instant: Date): string {
  const p = berlinParts(instant)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`
}

function dayFormatter(locale: Locale) {
  return new Intl.DateTimeFormat(INTL[locale], {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
}
const days = { de: dayFormatter('de'), en: dayFormatter('en') }
const timeFormatter = new Intl.DateTimeFormat('de-DE', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
})
const zoneFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  timeZoneName: 'longGeneric',
})

/** Berlin's time zone as English readers know it: "Central European Time". */
export function berlinZoneName(instant: Date): string {
  return zoneFormatter.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? ''
}

function sameBerlinDay(a: Date, b: Date): boolean {
  const pa = berlinParts(a)
  const pb = berlinParts(b)
  return pa.year === pb.year && pa.month === pb.month && pa.day === pb.day
}

/**
 * An event's date and time: "Mittwoch, 20. Januar 2027, 10:00–11:00 Uhr",
 * "Montag, 30. November 2020 (ganztägig)", or a range over several days; in English
 * "Wednesday, 20 January 2027, 10:00–11:00 (Central European Time)", the zone named because
 * the reader may be elsewhere.
 */
export function formatEventTime(
  start: Date,
  end: Date | null,
  allDay: boolean,
  locale: Locale = 'de',
): string {
  const day = days[locale]
  const time = timeFormatter
  if (locale === 'en') {
    if (allDay) {
      if (!end || sameBerlinDay(start, end)) return `${day.format(start)} (all day)`
      return `${day.format(start)} to ${day.format(end)} (all day)`
    }
    const zone = ` (${berlinZoneName(start)})`
    const startText = `${day.format(start)}, ${time.format(start)}`
    if (!end) return `${startText}${zone}`
    if (sameBerlinDay(start, end)) return `${startText}–${time.format(end)}${zone}`
    return `${startText} to ${day.format(end)}, ${time.format(end)}${zone}`
  }
  if (allDay) {
    if (!end || sameBerlinDay(start, end)) return `${day.format(start)} (ganztägig)`
    return `${day.format(start)} bis ${day.format(end)} (ganztägig)`
  }
  const startText = `${day.format(start)}, ${time.format(start)}`
  if (!end) return `${startText} Uhr`
  if (sameBerlinDay(start, end)) return `${startText}–${time.format(end)} Uhr`
  return `${startText} Uhr bis ${day.format(end)}, ${time.format(end)} Uhr`
}

/**
 * "21.11.2026, 14:05 Uhr" for "zuletzt aktualisiert" and the backend lists; in English
 * "21 November 2026, 14:05 (Central European Time)".
 */
export function formatTimestamp(instant: Date, locale: Locale = 'de'): string {
  if (locale === 'en') {
    const date = new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(instant)
    return `${date}, ${timeFormatter.format(instant)} (${berlinZoneName(instant)})`
  }
  const date = new Intl.DateTimeFormat('de-DE', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(instant)
  return `${date}, ${timeFormatter.format(instant)} Uhr`
}
