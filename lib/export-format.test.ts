import { describe, expect, it } from 'vitest'
import { parseProfile } from './import/profile'
import { csvCell, partnersCsv, profileMarkdown, type ExportPartner } from './export-format'

const partner: ExportPartner = {
  name: 'Firma "Zukunft" & Söhne',
  slug: 'unternehmen-und-stiftungen/firma-zukunft',
  category: 'Unternehmen und Stiftungen',
  website: 'https://example.org',
  city: 'Höxter',
  region: null,
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
