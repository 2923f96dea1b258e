import { describe, expect, it } from 'vitest'
import { translateError } from './admin-errors'
import catalog from '../../messages/admin/errors.en.json'
import { collect, instances, isGermanText, type Samples } from '@/tests/helpers/backend-messages'

/*
 * A user with an English interface must not meet a German message: every message the backend
 * writes (see tests/helpers/backend-messages.ts for where they are found) has its English text
 * in messages/admin/errors.en.json, directly or through a pattern.
 */

/** Representative values of the parts of built messages, by the part's source text. */
const SAMPLES: Samples = {
  max: { values: ['200', '1000'] },
  MAX_SLUG_LENGTH: { values: ['120'] },
  URL_MAX: { values: ['2048'] },
  MAX_SITES: { values: ['20'] },
  PREVIEW_LINK_MAX_DAYS: { values: ['30'] },
  'germanNumber(range.min)': { values: ['47', '5,5'] },
  'germanNumber(range.max)': { values: ['55,1', '15,5'] },
  'index + 1': { values: ['3'] },
  'requestId.slice(0, 8)': { values: ['1a2b3c4d'] },
  name: { values: ['Laptop'] },
  'user.email': { values: ['redaktion@example.org'] },
  count: { values: ['1', '1200'] },
  members: { values: ['1', '3'] },
  'category.name': { values: ['Forschung'] },
  'other.title': { values: ['Digitalgipfel 2020'] },
  'file.path': { values: ['profile.zip'] },
  "used.map((u) => u.title).join(', ')": { values: ['Digitalgipfel 2020, Über uns'] },
  'waiting()': {
    values: ['', ' Ohne SMTP_URL wird nichts verschickt; die Nachrichten warten im Postausgang.'],
  },
  categoryName: { values: ['Forschung & Lehre'] },
  categorySlug: { values: ['forschung-lehre'] },
  rawSlug: { values: ['Forschung/Uni Musterstadt'] },
  'slug.slug': { values: ['forschung/uni-musterstadt'] },
  key: { values: ['postalCode'] },
  where: { values: ['', ' (0.name)'] },
  'profile.logo': { values: ['logos/uni.png'] },
  // Only the command-line import refuses a file (scripts/lib/confined-files.ts).
  'bytes.refused': { values: ['nicht lesbar'] },
  // Zod's messages for a field of an imported file: the schemas' own, checked above.
  "parsed.error.issues[0]?.message ?? 'ungültig'": {
    values: ['Die Postleitzahl hat fünf Ziffern.', 'ungültig'],
    messages: true,
  },
  "issue?.message ?? 'ungültig'": {
    values: ['Ein Standort braucht einen Breitengrad.', 'ungültig'],
    messages: true,
  },
  line: { values: ['', ' in Zeile 3'] },
  // js-yaml's own reasons are English; the known ones get a German name first.
  'known ? `${known[1]} (${reason})` : reason': {
    values: [
      'falsche Einrückung (bad indentation of a mapping entry)',
      'Anführungszeichen (") nicht geschlossen (unexpected end of the stream within a double quoted scalar)',
      "Anführungszeichen (') nicht geschlossen (unexpected end of the stream within a single quoted scalar)",
      'unbekannte Escape-Sequenz nach \\ (unknown escape sequence)',
    ],
    messages: true,
  },
}

const collected = collect()
const untranslated = (text: string) => translateError(text, 'en') === text

describe('the English catalog of backend messages', () => {
  it('finds the messages where they are written', () => {
    // A guard against a collector that silently finds nothing.
    expect(collected.messages.length).toBeGreaterThan(150)
    expect(collected.templates.length).toBeGreaterThan(30)
    expect(collected.sets.get('label')?.length).toBeGreaterThan(15)
  })

  it('has every fixed message', () => {
    const missing = collected.messages
      .filter((found) => isGermanText(found.text) && untranslated(found.text))
      .map((found) => `${found.where}  ${found.text}`)
    expect([...new Set(missing)]).toEqual([])
  })

  it('has every field label given to the message builders', () => {
    const labels = catalog.labels as Record<string, string>
    const missing = (collected.sets.get('label') ?? [])
      .filter((found) => !labels[found.text])
      .map((found) => `${found.where}  ${found.text}`)
    expect(missing).toEqual([])
  })

  it('has every built message, through representative instances', () => {
    const missing: string[] = []
    const used = new Set<string>()
    for (const template of collected.templates) {
      const { texts, missing: parts, nested } = instances(template, collected, SAMPLES, used)
      for (const part of parts) missing.push(`${template.where}  no sample for \${${part}}`)
      for (const text of [...texts, ...nested])
        if (isGermanText(text) && untranslated(text)) missing.push(`${template.where}  ${text}`)
    }
    expect([...new Set(missing)]).toEqual([])
    // A sample nothing needs any more is stale.
    expect(Object.keys(SAMPLES).filter((key) => !used.has(key))).toEqual([])
  })
})
