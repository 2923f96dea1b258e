/*
 * The sixteen federal states: the code stored with a partner (ISO 3166-2:DE without "DE-"),
 * the name shown, and the slug in the map's address (`?land=nordrhein-westfalen`).
 */

export const STATES = [
  { code: 'BW', name: 'Baden-Württemberg', slug: 'baden-wuerttemberg' },
  { code: 'BY', name: 'Bayern', slug: 'bayern' },
  { code: 'BE', name: 'Berlin', slug: 'berlin' },
  { code: 'BB', name: 'Brandenburg', slug: 'brandenburg' },
  { code: 'HB', name: 'Bremen', slug: 'bremen' },
  { code: 'HH', name: 'Hamburg', slug: 'hamburg' },
  { code: 'HE', name: 'Hessen', slug: 'hessen' },
  { code: 'MV', name: 'Mecklenburg-Vorpommern', slug: 'mecklenburg-vorpommern' },
  { code: 'NI', name: 'Niedersachsen', slug: 'niedersachsen' },
  { code: 'NW', name: 'Nordrhein-Westfalen', slug: 'nordrhein-westfalen' },
  { code: 'RP', name: 'Rheinland-Pfalz', slug: 'rheinland-pfalz' },
  { code: 'SL', name: 'Saarland', slug: 'saarland' },
  { code: 'SN', name: 'Sachsen', slug: 'sachsen' },
  { code: 'ST', name: 'Sachsen-Anhalt', slug: 'sachsen-anhalt' },
  { code: 'SH', name: 'Schleswig-Holstein', slug: 'schleswig-holstein' },
  { code: 'TH', name: 'Thüringen', slug: 'thueringen' },
] as const

export type StateCode = (typeof STATES)[number]['code']
export type State = (typeof STATES)[number]

export const STATE_CODES = STATES.map((s) => s.code) as [StateCode, ...StateCode[]]

/** The official key (Schlüsselnummer des Landes, "05") of each state, as in the boundary data. */
export const STATE_KEYS: Record<string, StateCode> = {
  '01': 'SH',
  '02': 'HH',
  '03': 'NI',
  '04': 'HB',
  '05': 'NW',
  '06': 'HE',
  '07': 'RP',
  '08': 'BW',
  '09': 'BY',
  '10': 'SL',
  '11': 'BE',
  '12': 'BB',
  '13': 'MV',
  '14': 'SN',
  '15': 'ST',
  '16': 'TH',
}

export function stateByCode(code: string | null | undefined): State | null {
  return STATES.find((s) => s.code === code) ?? null
}

export function stateBySlug(slug: string | null | undefined): State | null {
  return STATES.find((s) => s.slug === slug) ?? null
}

/** A state from what a person or a file writes: the code ("NW") or the name, any case. */
export function stateFromText(text: string | null | undefined): State | null {
  const value = text?.trim().toLowerCase()
  if (!value) return null
  return (
    STATES.find(
      (s) => s.code.toLowerCase() === value || s.name.toLowerCase() === value || s.slug === value,
    ) ?? null
  )
}
