import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { buildCalendar, type CalendarInput } from './calendar'
import { berlinLocalToInstant } from './dates'

const base: CalendarInput = {
  id: 7,
  slug: 'clustertage',
  title: 'Clustertage; mit Komma, und „Anführung“',
  summary: 'Vier Tage',
  startsAt: berlinLocalToInstant('2027-03-26T09:00'),
  endsAt: berlinLocalToInstant('2027-03-29T16:00'),
  allDay: false,
  venueName: 'Hörsaal 1',
  venueAddress: 'Beispielweg 1, 32000 Beispielstadt',
  onlineUrl: null,
  updatedAt: new Date('2026-11-01T10:00:00Z'),
}

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text))
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
}

describe('buildCalendar', () => {
  it('writes UID, DTSTAMP and instants that stay right across the change to summer time', () => {
    const text = buildCalendar([base], {
      siteUrl: 'https://cluster.example',
      name: 'Veranstaltungen',
    })
    expect(text).toMatch(/\r\n/)
    const [event] = parse(text)
    expect(event!.uid).toBe('veranstaltung-7@cluster.example')
    expect(event!.summary).toBe(base.title)
    expect(event!.location).toBe('Hörsaal 1, Beispielweg 1, 32000 Beispielstadt')
    // 09:00 CET = 08:00 UTC; 16:00 CEST = 14:00 UTC.
    expect(event!.startDate.toJSDate().toISOString()).toBe('2027-03-26T08:00:00.000Z')
    expect(event!.endDate.toJSDate().toISOString()).toBe('2027-03-29T14:00:00.000Z')
    expect(event!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2026-11-01T10:00:00Z',
    )
  })

  it('writes all-day events as dates with an exclusive end', () => {
    const text = buildCalendar(
      [{ ...base, allDay: true, startsAt: berlinLocalToInstant('2020-11-30'), endsAt: null }],
      {
        siteUrl: 'https://cluster.example',
        name: 'X',
      },
    )
    expect(text).toContain('DTSTART;VALUE=DATE:20201130')
    const [event] = parse(text)
    expect(event!.startDate.isDate).toBe(true)
    expect(event!.endDate.toString()).toBe('2020-12-01')
  })

  it('holds several events in one calendar', () => {
    const text = buildCalendar([base, { ...base, id: 8, slug: 'b' }], {
      siteUrl: 'https://cluster.example',
      name: 'Alle',
    })
    expect(parse(text).map((e) => e.uid)).toEqual([
      'veranstaltung-7@cluster.example',
      'veranstaltung-8@cluster.example',
    ])
    expect(text).toContain('X-WR-CALNAME:Alle')
  })
})
