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

  it('keeps hostile text inside its property: no extra event, no extra line', () => {
    const injected = 'Titel\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:fremd\r\nSUMMARY:Fremd'
    const bare = 'Titel\rEND:VEVENT\rBEGIN:VEVENT\rUID:fremd2\rSUMMARY:Fremd'
    const event: CalendarInput = {
      ...base,
      title: `${injected}; a, b \\ c`,
      summary: `${bare}\u0000\u0007\u001b\u2028Ende`,
      venueName: 'Saal\nLOCATION:Anderswo',
      venueAddress: 'Weg 1; Ort, Land',
      onlineUrl: 'https://cluster.example/live\r\nATTACH:https://evil.example/x',
    }
    const text = buildCalendar([event], { siteUrl: 'https://cluster.example', name: 'K' })
    // Every line ends in CRLF; there is no bare CR or LF anywhere.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const unfolded = text.replace(/\r\n[ \t]/g, '')
    const names = unfolded
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(/[:;]/)[0])
    expect(names.filter((name) => name === 'BEGIN')).toHaveLength(2)
    expect(names).not.toContain('ATTACH')
    expect(names.filter((name) => name === 'UID')).toHaveLength(1)
    expect(names.filter((name) => name === 'LOCATION')).toHaveLength(1)
    const [parsed, ...more] = parse(text)
    expect(more).toHaveLength(0)
    expect(parsed!.uid).toBe('veranstaltung-7@cluster.example')
    expect(parsed!.summary).toBe(`${injected.replace(/\r\n/g, '\n')}; a, b \\ c`)
    expect(parsed!.location).toBe('Saal\nLOCATION:Anderswo, Weg 1; Ort, Land')
    expect(parsed!.description).toContain('Titel\nEND:VEVENT\nBEGIN:VEVENT\nUID:fremd2')
    expect(parsed!.description).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/)
  })
})
