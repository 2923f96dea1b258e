import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseProfile } from './import/profile'
import { markdownBody } from './validation/fields'
import { csvCell, partnersCsv, profileMarkdown, type ExportPartner } from './export-format'

const partner: ExportPartner = {
  name: 'Firma "Zukunft" & Söhne',
  slug: 'unternehmen-und-stiftungen/firma-zukunft',
  category: 'Unternehmen und Stiftungen',
  website: 'https://example.org',
  city: 'Höxter',
  region: null,
  street: 'Am Markt 1',
  postalCode: '37671',
  state: 'NW',
  lat: 51.77338,
  lon: 9.38163,
  sites: [{ name: 'Werk "Nord"', city: null, lat: 51.9, lon: 9.4 }],
  quoteText: 'Er sagte: "Jetzt!"',
  quoteAuthor: 'Jörg',
  quoteAuthorFunction: null,
  body: '#### Über uns\n\nText mit --- Strichen\n\n---\n\nNach der Linie',
  status: 'published',
  updatedAt: new Date('2026-01-01T00:00:00Z'),
  logoFile: 'firma-zukunft.webp',
}

describe('profileMarkdown', () => {
  it('reads back through the importer with every field intact', () => {
    const result = parseProfile(new TextEncoder().encode(profileMarkdown(partner)))
    if (!result.ok) throw new Error(result.reason)
    expect(result.profile).toMatchObject({
      name: partner.name,
      slug: partner.slug,
      categoryName: partner.category,
      logo: 'logos/firma-zukunft.webp',
      quote: { text: 'Er sagte: "Jetzt!"', author: 'Jörg', authorFunction: null },
      body: partner.body,
      website: 'https://example.org',
      city: 'Höxter',
      region: null,
      street: 'Am Markt 1',
      postalCode: '37671',
      state: 'NW',
      lat: 51.77338,
      lon: 9.38163,
      sites: JSON.stringify([{ name: 'Werk "Nord"', city: null, lat: 51.9, lon: 9.4 }]),
    })
  })
  it('writes empty quote fields when there is no quote, and no logo key value without a logo', () => {
    const result = parseProfile(
      new TextEncoder().encode(profileMarkdown({ ...partner, quoteText: null, logoFile: null })),
    )
    if (!result.ok) throw new Error(result.reason)
    expect(result.profile.quote).toBeNull()
    expect(result.profile.logo).toBeNull()
  })
})

describe('CSV', () => {
  it('quotes cells and defuses formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(partnersCsv([partner], 'https://portal.example').split('\r\n')).toHaveLength(3)
  })
})

describe('profileMarkdown and parseProfile, for any profile', () => {
  // Text as the portal stores it: NFC, trimmed, possibly over several lines and paragraphs.
  const text = (maxLength: number) =>
    fc
      .array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 6 })
      .chain((lines) => fc.constantFrom('\n', '\n\n', ' ').map((glue) => lines.join(glue)))
      .map((value) => value.normalize('NFC').trim().slice(0, maxLength).trim())
      .filter((value) => value !== '' && value === value.normalize('NFC'))
  const optional = (maxLength: number) => fc.option(text(maxLength), { nil: null })
  const slugPart = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/)
  // A body as the editor's form saves it (markdownBody): lines may end in two spaces, a hard break.
  const body = fc
    .array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('', '  ')), {
      maxLength: 8,
    })
    .map((lines) => markdownBody.parse(lines.map(([line, end]) => line + end).join('\n')))
    .filter((value) => value === value.normalize('NFC'))
  const profile = fc.record({
    name: text(300),
    slug: fc.tuple(slugPart, slugPart).map(([a, b]) => `${a}/${b}`),
    category: fc.constantFrom('Unternehmen und Stiftungen', 'Vereine und Verbände', 'Ämter'),
    website: fc.option(fc.webUrl(), { nil: null }),
    city: optional(100),
    region: optional(100),
    street: optional(200),
    postalCode: fc.option(fc.stringMatching(/^\d{5}$/), { nil: null }),
    state: fc.option(fc.constantFrom('NW', 'NI', 'HE'), { nil: null }),
    position: fc.option(
      fc.tuple(
        fc.integer({ min: 4_700_000, max: 5_510_000 }).map((n) => n / 1e5),
        fc.integer({ min: 550_000, max: 1_550_000 }).map((n) => n / 1e5),
      ),
      { nil: null },
    ),
    sites: fc.array(
      fc.record({
        name: text(200),
        city: optional(100),
        lat: fc.integer({ min: 4_700_000, max: 5_510_000 }).map((n) => n / 1e5),
        lon: fc.integer({ min: 550_000, max: 1_550_000 }).map((n) => n / 1e5),
      }),
      { maxLength: 3 },
    ),
    quoteText: optional(1000),
    quoteAuthor: optional(200),
    quoteAuthorFunction: optional(200),
    body,
    logoFile: fc.option(fc.constantFrom('a--b.webp', 'logo.webp'), { nil: null }),
    english: fc.option(
      fc.record({ body, quoteText: optional(1000), quoteAuthorFunction: optional(200) }),
      { nil: null },
    ),
  })

  it('reads back every field exactly as it was exported', () => {
    fc.assert(
      fc.property(profile, ({ position, ...p }) => {
        const exported = profileMarkdown({
          ...p,
          lat: position?.[0] ?? null,
          lon: position?.[1] ?? null,
          status: 'published',
          updatedAt: new Date(0),
        })
        const result = parseProfile(new TextEncoder().encode(exported))
        if (!result.ok) throw new Error(`${result.reason}\n${exported}`)
        expect(result.profile).toEqual({
          name: p.name,
          slug: p.slug,
          categoryName: p.category,
          categorySlug: result.profile.categorySlug,
          logo: p.logoFile ? `logos/${p.logoFile}` : null,
          quote: p.quoteText
            ? { text: p.quoteText, author: p.quoteAuthor, authorFunction: p.quoteAuthorFunction }
            : null,
          body: p.body,
          website: p.website,
          city: p.city,
          region: p.region,
          english: p.english
            ? {
                body: p.english.body,
                quoteText: p.english.quoteText,
                quoteAuthorFunction: p.english.quoteText ? p.english.quoteAuthorFunction : null,
              }
            : null,
          street: p.street,
          postalCode: p.postalCode,
          state: p.state,
          lat: position?.[0] ?? null,
          lon: position?.[1] ?? null,
          sites: p.sites.length > 0 ? JSON.stringify(p.sites) : null,
        })
      }),
      { numRuns: 300 },
    )
  })
})
