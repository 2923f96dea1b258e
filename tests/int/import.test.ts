import fs from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importProfiles, type ImportSource } from '@/db/store/profile-import'
import { profileMarkdown } from '@/lib/export-format'
import { parseStoredSites } from '@/lib/validation/location'
import { auditLog, categories, images, partners, revisions } from '@/db/schema'
import { tableCounts, tempDatabase } from '../helpers/db'
import { profileText, writePng } from '../helpers/profiles'

let ctx: ReturnType<typeof tempDatabase>

beforeEach(() => {
  ctx = tempDatabase()
})
afterEach(() => ctx.cleanup())

function sourcesFrom(dir: string): ImportSource[] {
  const files: string[] = []
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name)
      if (fs.statSync(full).isDirectory()) walk(full)
      else if (/\.(md|txt)$/.test(name)) files.push(full)
    }
  }
  walk(dir)
  return files.map((file) => ({
    name: path.relative(dir, file),
    bytes: fs.readFileSync(file),
    readRelative: async (relative) => {
      try {
        return fs.readFileSync(path.resolve(path.dirname(file), relative))
      } catch {
        return null
      }
    },
  }))
}

function write(file: string, content: string | Buffer) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
}

describe('importProfiles', () => {
  it('imports the seed profile with its logo, creates the category and is idempotent', async () => {
    const dir = path.join(ctx.dir, 'in')
    write(
      path.join(dir, 'profile/000.txt'),
      fs.readFileSync('db/seed/partners/its-owl-clustermanagement.md'),
    )
    await writePng(path.join(dir, 'logos/its-OWL-1.png'))

    const first = await importProfiles(ctx.db, sourcesFrom(dir))
    expect(first.summary).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 0 })

    const partner = ctx.db.select().from(partners).get()!
    expect(partner.slug).toBe('unternehmen-und-stiftungen/it-s-owl-clustermanagement-gmb-h')
    expect(partner.status).toBe('published')
    expect(partner.quoteText).toBeNull()
    const category = ctx.db
      .select()
      .from(categories)
      .where(eq(categories.id, partner.categoryId))
      .get()!
    expect(category).toMatchObject({
      name: 'Unternehmen und Stiftungen',
      slug: 'unternehmen-und-stiftungen',
    })
    const logo = ctx.db.select().from(images).where(eq(images.id, partner.logoImageId!)).get()!
    expect(logo.mimeType).toBe('image/webp')
    expect(logo.alt).toBe("Logo it's OWL Clustermanagement GmbH")

    const before = tableCounts(ctx.db)
    const second = await importProfiles(ctx.db, sourcesFrom(dir))
    expect(second.summary).toEqual({ created: 0, updated: 0, unchanged: 1, failed: 0 })
    const after = tableCounts(ctx.db)
    // Only the audit log grows (one entry per run); no content, revision or image is added.
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 })
    expect(
      ctx.db
        .select()
        .from(auditLog)
        .all()
        .filter((e) => e.action === 'partners.import'),
    ).toHaveLength(2)
  })

  it('takes the edge cases: umlauts, escaped quotes, CRLF + BOM, null logo, missing and fake logos', async () => {
    const dir = path.join(ctx.dir, 'in')
    write(
      path.join(dir, 'umlaut.md'),
      profileText({
        name: 'Ärztekammer Westfalen-Lippe „Süd“',
        slug: 'vereine-und-verbaende/aerztekammer-sued',
        category: 'Vereine und Verbände',
        quote: 'Wir sagen: "Gemeinsam geht\'s besser."',
        author: 'Dr. Jürgen Groß',
      }),
    )
    write(
      path.join(dir, 'escaped.md'),
      '---\nname: "Firma \\"Zukunft\\" GmbH"\nslug: "unternehmen-und-stiftungen/firma-zukunft"\nlogo: null\ncategory: "Unternehmen und Stiftungen"\nciteQuote: ""\nciteAuthor: ""\nciteAuthorFunction: ""\n---\nText\n',
    )
    write(
      path.join(dir, 'crlf.md'),
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(
          profileText({
            name: 'CRLF AG',
            slug: 'unternehmen-und-stiftungen/crlf-ag',
            category: 'Unternehmen und Stiftungen',
            logo: 'logo.png',
            body: 'Zeile 1\n\nZeile 2',
          }).replace(/\n/g, '\r\n'),
        ),
      ]),
    )
    write(
      path.join(dir, 'missing-logo.md'),
      profileText({
        name: 'Ohne Datei',
        slug: 'unternehmen-und-stiftungen/ohne-datei',
        category: 'Unternehmen und Stiftungen',
        logo: 'gibt-es-nicht.png',
      }),
    )
    write(
      path.join(dir, 'fake-logo.md'),
      profileText({
        name: 'Falsches Bild',
        slug: 'unternehmen-und-stiftungen/falsches-bild',
        category: 'Unternehmen und Stiftungen',
        logo: 'fake.png',
      }),
    )
    write(path.join(dir, 'fake.png'), '<html><script>alert(1)</script></html>')
    await writePng(path.join(dir, 'logo.png'))

    const { summary, outcomes } = await importProfiles(ctx.db, sourcesFrom(dir))
    expect(summary).toEqual({ created: 5, updated: 0, unchanged: 0, failed: 0 })

    const bySlug = (slug: string) =>
      ctx.db.select().from(partners).where(eq(partners.slug, slug)).get()!
    expect(bySlug('vereine-und-verbaende/aerztekammer-sued')).toMatchObject({
      name: 'Ärztekammer Westfalen-Lippe „Süd“',
      quoteText: 'Wir sagen: "Gemeinsam geht\'s besser."',
      quoteAuthor: 'Dr. Jürgen Groß',
      quoteAuthorFunction: null,
      sortName: 'arztekammer westfalen-lippe „sud“',
    })
    expect(
      ctx.db.select().from(categories).where(eq(categories.name, 'Vereine und Verbände')).get()
        ?.slug,
    ).toBe('vereine-und-verbaende')
    expect(bySlug('unternehmen-und-stiftungen/firma-zukunft')).toMatchObject({
      name: 'Firma "Zukunft" GmbH',
      logoImageId: null,
    })
    const crlf = bySlug('unternehmen-und-stiftungen/crlf-ag')
    expect(crlf.body).toBe('Zeile 1\n\nZeile 2')
    expect(crlf.logoImageId).not.toBeNull()
    expect(bySlug('unternehmen-und-stiftungen/ohne-datei').logoImageId).toBeNull()
    expect(bySlug('unternehmen-und-stiftungen/falsches-bild').logoImageId).toBeNull()

    const warningsOf = (file: string) => outcomes.find((o) => o.file === file)!.warnings.join(' | ')
    expect(warningsOf('missing-logo.md')).toMatch(/nicht gefunden/)
    expect(warningsOf('fake-logo.md')).toMatch(/kein unterstütztes Bild/)
    expect(warningsOf('escaped.md')).toMatch(/kein Logo/)
  })

  it('imports quotes written over several unindented lines, and their export again unchanged', async () => {
    const dir = path.join(ctx.dir, 'in')
    fs.cpSync('tests/fixtures/profiles', dir, { recursive: true })
    await writePng(path.join(dir, 'logos/messtechnik.png'))
    const first = await importProfiles(ctx.db, sourcesFrom(dir))
    expect(first.summary).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 0 })
    const quotes = ctx.db
      .select({ slug: partners.slug, text: partners.quoteText, author: partners.quoteAuthor })
      .from(partners)
      .orderBy(partners.slug)
      .all()
    expect(quotes).toEqual([
      {
        slug: 'vereine-und-verbaende/lernwerkstatt-technik-ostwestfalen-e-v',
        text: expect.stringMatching(
          /^„Wer einmal .* MACHEN\. "Probieren geht über Studieren", sagen die Kinder\.\nWir freuen uns auf alle, die mitmachen wollen\.”$/,
        ),
        author: 'Marlene Hoffmeister',
      },
      {
        slug: 'wissenschaftseinrichtungen-hochschulen-und-hochschulverbaende/hochschule-fuer-angewandte-messtechnik',
        text: expect.stringMatching(/Partner\.\n\nEin zweiter Absatz nach zwei Leerzeilen\. Und/),
        author: 'Prof. Dr. Cem Albers',
      },
    ])

    // The export (as the admin download writes it) read back by the same importer.
    const out = path.join(ctx.dir, 'out')
    const rows = ctx.db
      .select()
      .from(partners)
      .innerJoin(categories, eq(categories.id, partners.categoryId))
      .all()
    for (const { partners: p, categories: c } of rows) {
      const logoFile = p.logoImageId ? `${p.slug.replace('/', '--')}.webp` : null
      if (logoFile) {
        const image = ctx.db.select().from(images).where(eq(images.id, p.logoImageId!)).get()!
        write(path.join(out, 'logos', logoFile), Buffer.from(image.data))
      }
      write(
        path.join(out, `${p.slug.replace('/', '--')}.md`),
        profileMarkdown({ ...p, sites: parseStoredSites(p.sites), category: c.name, logoFile }),
      )
    }
    const again = await importProfiles(ctx.db, sourcesFrom(out))
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 2, failed: 0 })
  })

  it('reports broken files by name with a reason and imports the rest', async () => {
    const dir = path.join(ctx.dir, 'in')
    write(path.join(dir, 'a-broken-yaml.md'), '---\nname: "offen\nslug: [\n---\nText\n')
    write(
      path.join(dir, 'a-open-quote.md'),
      '---\nname: "Offen GmbH"\nslug: "x/offen"\ncategory: "X"\nciteQuote: "„Erster Satz.\nZweiter Satz.\n---\nText\n',
    )
    write(path.join(dir, 'b-no-name.md'), '---\nslug: "x/y"\ncategory: "X"\n---\n')
    write(path.join(dir, 'c-good.md'), profileText({ name: 'Gut', slug: 'x/gut', category: 'X' }))
    const { summary, outcomes } = await importProfiles(ctx.db, sourcesFrom(dir))
    expect(summary).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 3 })
    expect(outcomes[0]).toMatchObject({ file: 'a-broken-yaml.md', status: 'failed' })
    expect(outcomes[0]!.reason).toMatch(/YAML/)
    expect(outcomes[1]).toMatchObject({ file: 'a-open-quote.md', status: 'failed' })
    expect(outcomes[1]!.reason).toMatch(/^YAML-Kopf nicht lesbar in Zeile \d+: Anführungszeichen/)
    expect(outcomes[2]).toMatchObject({ file: 'b-no-name.md', status: 'failed' })
    expect(outcomes[2]!.reason).toMatch(/„name“/)
  })

  it('updates changed content and logos, keeps one logo per partner, and never duplicates', async () => {
    const dir = path.join(ctx.dir, 'in')
    const file = path.join(dir, 'p.md')
    write(
      file,
      profileText({
        name: 'Muster AG',
        slug: 'x/muster',
        category: 'X',
        logo: 'l.png',
        body: 'Alt',
      }),
    )
    await writePng(path.join(dir, 'l.png'), '#111111')
    await importProfiles(ctx.db, sourcesFrom(dir))

    write(
      file,
      profileText({
        name: 'Muster AG',
        slug: 'x/muster',
        category: 'X',
        logo: 'l.png',
        body: 'Neu',
      }),
    )
    expect((await importProfiles(ctx.db, sourcesFrom(dir))).summary.updated).toBe(1)
    expect(ctx.db.select().from(partners).get()!.body).toBe('Neu')

    await writePng(path.join(dir, 'l.png'), '#ee2222')
    expect((await importProfiles(ctx.db, sourcesFrom(dir))).summary.updated).toBe(1)
    expect(ctx.db.select().from(images).all()).toHaveLength(1)
    expect(ctx.db.select().from(partners).all()).toHaveLength(1)
    expect(
      ctx.db.select().from(revisions).where(eq(revisions.entityType, 'partner')).all(),
    ).toHaveLength(3)

    // The same slug twice in one run: the second file wins, and nothing is duplicated.
    write(
      path.join(dir, 'q.md'),
      profileText({
        name: 'Muster AG',
        slug: 'x/muster',
        category: 'X',
        logo: 'l.png',
        body: 'Zweite Datei',
      }),
    )
    const run = await importProfiles(ctx.db, sourcesFrom(dir))
    expect(run.summary).toEqual({ created: 0, updated: 1, unchanged: 1, failed: 0 })
    expect(ctx.db.select().from(partners).all()).toHaveLength(1)
  })

  it('writes nothing in a dry run but reports what would happen', async () => {
    const dir = path.join(ctx.dir, 'in')
    write(
      path.join(dir, 'a.md'),
      profileText({ name: 'A', slug: 'x/a', category: 'Neue Kategorie', logo: 'l.png' }),
    )
    await writePng(path.join(dir, 'l.png'))
    const before = tableCounts(ctx.db)
    const run = await importProfiles(ctx.db, sourcesFrom(dir), { dryRun: true })
    expect(run.summary).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 0 })
    expect(tableCounts(ctx.db)).toEqual(before)
  })

  it('indexes imported profiles for search with German folding', async () => {
    const dir = path.join(ctx.dir, 'in')
    write(
      path.join(dir, 'a.md'),
      profileText({
        name: 'Universität Beispielstadt',
        slug: 'x/uni',
        category: 'X',
        body: 'Straßenbau und Mechatronik',
      }),
    )
    await importProfiles(ctx.db, sourcesFrom(dir))
    const hits = (q: string) =>
      (
        ctx.db.$client
          .prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?')
          .get(q) as { n: number }
      ).n
    expect(hits('"universitat"')).toBe(1)
    expect(hits('"strassenbau"')).toBe(1)
    expect(hits('"mecha"*')).toBe(1)
  })

  it('imports the optional location front matter and reads its own export back unchanged', async () => {
    const dir = path.join(ctx.dir, 'in')
    const located = profileText({ name: 'Ort GmbH', slug: 'x/ort', category: 'X' }).replace(
      'citeQuote: ""\n',
      [
        'citeQuote: ""',
        'address: "Warburger Straße 100"',
        'postalCode: "33098"',
        'city: "Paderborn"',
        'state: "Nordrhein-Westfalen"',
        'lat: "51,70734"',
        'lon: 8.77169',
        'sites:',
        '  - name: "Labor Lemgo"',
        '    city: "Lemgo"',
        '    lat: 52.028',
        '    lon: 8.901',
        '',
      ].join('\n'),
    )
    write(path.join(dir, 'ort.md'), located)
    write(
      path.join(dir, 'weit.md'),
      profileText({ name: 'Weit', slug: 'x/weit', category: 'X' }).replace(
        'citeQuote: ""\n',
        'citeQuote: ""\nlat: "40.1"\nlon: "8.7"\n',
      ),
    )
    const first = await importProfiles(ctx.db, sourcesFrom(dir))
    expect(first.summary).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 1 })
    expect(first.outcomes.find((o) => o.file === 'weit.md')!.reason).toMatch(/„lat“.*zwischen 47/)
    const stored = ctx.db.select().from(partners).where(eq(partners.slug, 'x/ort')).get()!
    expect(stored).toMatchObject({
      street: 'Warburger Straße 100',
      postalCode: '33098',
      city: 'Paderborn',
      state: 'NW',
      lat: 51.70734,
      lon: 8.77169,
    })
    expect(parseStoredSites(stored.sites)).toEqual([
      { name: 'Labor Lemgo', city: 'Lemgo', lat: 52.028, lon: 8.901 },
    ])

    const out = path.join(ctx.dir, 'out')
    const category = ctx.db.select().from(categories).get()!
    write(
      path.join(out, 'ort.md'),
      profileMarkdown({
        ...stored,
        sites: parseStoredSites(stored.sites),
        category: category.name,
        logoFile: null,
      }),
    )
    const again = await importProfiles(ctx.db, sourcesFrom(out))
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 1, failed: 0 })
  })
})
