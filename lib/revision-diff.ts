import { diffWordsWithSpace } from 'diff'

/*
 * Field-by-field comparison of two snapshots for the "Versionen" page: which fields differ, and
 * for text, which words were added or removed.
 */

/**
 * `label` is the German name; `messageKey` (default: `key`) names it in admin.common.fields for
 * the backend's English interface.
 */
export type FieldSpec = { key: string; label: string; messageKey?: string }
export type DiffPart = { text: string; kind: 'same' | 'added' | 'removed' }
export type FieldDiff = { key: string; label: string; messageKey: string; parts: DiffPart[] }

function asText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value))
    return value
      .map((v) => (typeof v === 'object' && v ? Object.values(v).join(' – ') : String(v)))
      .join('\n')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** Differences from `older` to `newer`, in the order of `fields`; unchanged fields are left out. */
export function diffSnapshots(
  older: Record<string, unknown>,
  newer: Record<string, unknown>,
  fields: FieldSpec[],
): FieldDiff[] {
  const result: FieldDiff[] = []
  for (const { key, label, messageKey = key } of fields) {
    const before = asText(older[key])
    const after = asText(newer[key])
    if (before === after) continue
    const parts = diffWordsWithSpace(before, after).map((change) => ({
      text: change.value,
      kind: change.added
        ? ('added' as const)
        : change.removed
          ? ('removed' as const)
          : ('same' as const),
    }))
    result.push({ key, label, messageKey, parts })
  }
  return result
}

export const NEWS_FIELDS: FieldSpec[] = [
  { key: 'title', label: 'Titel' },
  { key: 'slug', label: 'Slug' },
  { key: 'place', label: 'Ort' },
  { key: 'date', label: 'Datum' },
  { key: 'lead', label: 'Vorspann' },
  { key: 'body', label: 'Text' },
  { key: 'imageId', label: 'Bild' },
  { key: 'contactName', label: 'Kontakt: Name' },
  { key: 'contactRole', label: 'Kontakt: Funktion' },
  { key: 'contactOrganisation', label: 'Kontakt: Organisation' },
  { key: 'contactPhone', label: 'Kontakt: Telefon' },
  { key: 'contactEmail', label: 'Kontakt: E-Mail' },
  { key: 'links', label: 'Links' },
  { key: 'partnerIds', label: 'Partner (Nummern)' },
  { key: 'tagNames', label: 'Schlagwörter' },
  { key: 'status', label: 'Status' },
]

export const EVENT_FIELDS: FieldSpec[] = [
  { key: 'title', label: 'Titel' },
  { key: 'slug', label: 'Slug' },
  { key: 'summary', label: 'Kurzbeschreibung' },
  { key: 'body', label: 'Text' },
  { key: 'startsAt', label: 'Beginn' },
  { key: 'endsAt', label: 'Ende' },
  { key: 'allDay', label: 'Ganztägig' },
  { key: 'venueName', label: 'Veranstaltungsort' },
  { key: 'venueAddress', label: 'Adresse' },
  { key: 'onlineUrl', label: 'Online-Link' },
  { key: 'registrationUrl', label: 'Anmeldung' },
  { key: 'organizerPartnerId', label: 'Veranstalter (Nummer)' },
  { key: 'reportNewsId', label: 'Bericht (Nummer)' },
  { key: 'status', label: 'Status' },
]

export const PARTNER_FIELDS: FieldSpec[] = [
  { key: 'name', label: 'Name' },
  { key: 'slug', label: 'Slug' },
  { key: 'categoryName', label: 'Kategorie' },
  { key: 'website', label: 'Website' },
  { key: 'city', label: 'Ort' },
  { key: 'street', label: 'Straße' },
  { key: 'postalCode', label: 'PLZ' },
  { key: 'state', label: 'Bundesland' },
  { key: 'lat', label: 'Breitengrad' },
  { key: 'lon', label: 'Längengrad' },
  { key: 'sites', label: 'Weitere Standorte' },
  { key: 'quoteText', label: 'Zitat' },
  { key: 'quoteAuthor', label: 'Zitat: Person' },
  { key: 'quoteAuthorFunction', label: 'Zitat: Funktion' },
  { key: 'body', label: 'Text' },
  { key: 'logoImageId', label: 'Logo' },
  { key: 'status', label: 'Status' },
]

export const PAGE_FIELDS: FieldSpec[] = [
  { key: 'title', label: 'Titel' },
  { key: 'slug', label: 'Slug' },
  { key: 'body', label: 'Text' },
]

/** An English version's fields; each kind shows those it has (lib/translation-kinds.ts). */
export const TRANSLATION_FIELDS: FieldSpec[] = [
  { key: 'title', label: 'Titel (englisch)', messageKey: 'translation.title' },
  { key: 'slug', label: 'Slug (englisch)', messageKey: 'translation.slug' },
  { key: 'lead', label: 'Vorspann (englisch)', messageKey: 'translation.lead' },
  { key: 'body', label: 'Text (englisch)', messageKey: 'translation.body' },
  { key: 'quoteText', label: 'Zitat (englisch)', messageKey: 'translation.quoteText' },
  {
    key: 'quoteAuthorFunction',
    label: 'Funktion der zitierten Person (englisch)',
    messageKey: 'translation.quoteAuthorFunction',
  },
  { key: 'imageAlt', label: 'Alternativtext (englisch)', messageKey: 'translation.imageAlt' },
  { key: 'linkLabels', label: 'Linktexte (englisch)', messageKey: 'translation.linkLabels' },
  { key: 'status', label: 'Status', messageKey: 'translation.status' },
]
