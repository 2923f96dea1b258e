import { describe, expect, it } from 'vitest'
import {
  berlinLocalToInstant,
  formatDateline,
  formatEventTime,
  formatLongDate,
  formatTimestamp,
  instantToBerlinLocal,
} from './dates'

describe('dateline', () => {
  it('formats place and German long date with a two-digit day', () => {
    expect(formatDateline('Paderborn', '2016-07-08')).toBe('Paderborn, 08. Juli 2016')
    expect(formatLongDate('2019-03-04')).toBe('04. März 2019')
    expect(formatDateline(null, '2020-11-30')).toBe('30. November 2020')
  })
})

describe('berlinLocalToInstant', () => {
  it('uses +1 h in winter and +2 h in summer', () => {
    expect(berlinLocalToInstant('2027-01-20T10:00').toISOString()).toBe('2027-01-20T09:00:00.000Z')
    expect(berlinLocalToInstant('2027-07-01T10:00').toISOString()).toBe('2027-07-01T08:00:00.000Z')
  })
  it('handles the days the clocks change', () => {
    expect(berlinLocalToInstant('2027-03-28T01:30').toISOString()).toBe('2027-03-28T00:30:00.000Z')
    expect(berlinLocalToInstant('2027-03-28T03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z')
    // 02:30 does not exist on that day; it is read as 03:30 summer time.
    expect(berlinLocalToInstant('2027-03-28T02:30').toISOString()).toBe('2027-03-28T01:30:00.000Z')
    // 02:30 happens twice on 31 October 2027; the first (summer time) is taken.
    expect(berlinLocalToInstant('2027-10-31T02:30').toISOString()).toBe('2027-10-31T00:30:00.000Z')
  })
  it('reads a date alone as local midnight', () => {
    expect(berlinLocalToInstant('2020-11-30').toISOString()).toBe('2020-11-29T23:00:00.000Z')
  })
  it('round-trips through the form representation', () => {
    for (const local of ['2027-01-20T10:00', '2027-03-29T16:00', '2027-10-31T03:15']) {
      expect(instantToBerlinLocal(berlinLocalToInstant(local))).toBe(local)
    }
  })
  it('rejects malformed input', () => {
    expect(() => berlinLocalToInstant('morgen')).toThrow(/Ungültige Zeitangabe/)
  })
})

describe('formatEventTime', () => {
  it('formats a same-day event in Berlin time', () => {
    const start = berlinLocalToInstant('2027-01-20T10:00')
    const end = berlinLocalToInstant('2027-01-20T11:00')
    expect(formatEventTime(start, end, false)).toBe('Mittwoch, 20. Januar 2027, 10:00–11:00 Uhr')
  })
  it('formats an event across the change to summer time', () => {
    const start = berlinLocalToInstant('2027-03-26T09:00')
    const end = berlinLocalToInstant('2027-03-29T16:00')
    expect(formatEventTime(start, end, false)).toBe(
      'Freitag, 26. März 2027, 09:00 Uhr bis Montag, 29. März 2027, 16:00 Uhr',
    )
  })
  it('formats an all-day event', () => {
    expect(formatEventTime(berlinLocalToInstant('2020-11-30'), null, true)).toBe(
      'Montag, 30. November 2020 (ganztägig)',
    )
  })
})

describe('English dates', () => {
  it('writes the dateline in British English without a leading zero', () => {
    expect(formatDateline('Paderborn', '2016-07-08', 'en')).toBe('Paderborn, 8 July 2016')
    expect(formatDateline('Paderborn', '2016-07-08', 'de')).toBe('Paderborn, 08. Juli 2016')
    expect(formatLongDate('2019-03-04', 'en')).toBe('4 March 2019')
  })
  it('gives event times in Berlin time and names the zone in English', () => {
    const start = berlinLocalToInstant('2027-01-20T10:00')
    const end = berlinLocalToInstant('2027-01-20T11:00')
    expect(formatEventTime(start, end, false, 'en')).toBe(
      'Wednesday, 20 January 2027, 10:00–11:00 (Central European Time)',
    )
    const summer = berlinLocalToInstant('2027-07-01T18:30')
    expect(formatEventTime(summer, null, false, 'en')).toBe(
      'Thursday, 1 July 2027, 18:30 (Central European Time)',
    )
  })
  it('writes ranges over several days and all-day events in English', () => {
    const start = berlinLocalToInstant('2027-03-26T09:00')
    const end = berlinLocalToInstant('2027-03-29T16:00')
    expect(formatEventTime(start, end, false, 'en')).toBe(
      'Friday, 26 March 2027, 09:00 to Monday, 29 March 2027, 16:00 (Central European Time)',
    )
    expect(formatEventTime(berlinLocalToInstant('2020-11-30'), null, true, 'en')).toBe(
      'Monday, 30 November 2020 (all day)',
    )
  })
  it('formats a timestamp per language', () => {
    const at = berlinLocalToInstant('2026-11-21T14:05')
    expect(formatTimestamp(at)).toBe('21.11.2026, 14:05 Uhr')
    expect(formatTimestamp(at, 'en')).toBe('21 November 2026, 14:05 (Central European Time)')
  })
})
