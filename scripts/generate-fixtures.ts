import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { getDb } from '@/db/client'
import { insertEvent } from '@/db/store/events'
import { insertNews } from '@/db/store/news'
import { runMigrations } from '@/db/migrate'
import { formatSummary, importProfiles, type ImportSource } from '@/db/store/profile-import'
import { partners } from '@/db/schema'
import { writeTransaction } from '@/db/tx'
import { berlinLocalToInstant } from '@/lib/dates'
import { slugify } from '@/lib/slug'
import { fail, loadEnv } from './lib/env'
import {
  CATEGORIES,
  CITIES,
  SURNAMES,
  TOPICS,
  TRADES,
  body,
  namesFor,
  random,
} from './lib/fixture-text'
import { FAR_PLACES, PLACES } from './lib/fixture-places'

/*
 * Realistic volume for tests and the benchmark:
 *   npm run db:generate-fixtures -- --partners 10000 --news 20000 [--events 200] [--logos 0.3]
 *        [--seed 42] [--out <folder>] [--files-only]
 * Partners are written as profile files in the seed format (nine categories, about one in ten
 * with a quote, half of those over several unindented lines with a paragraph and \", escaped
 * quotes, heading variants, some without logo) and imported through the importer; news and
 * events go through the same write functions the editors use.
 * Deterministic for a given --seed.
 */

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback
}

function numberOption(name: string, fallback: number): number {
  const value = Number(option(name, String(fallback)))
  if (!Number.isFinite(value) || value < 0) fail(`--${name} braucht eine Zahl ≥ 0`)
  return value
}

/**
 * Address and position in the seed format: most partners in a town of the region, a few
 * further away, one in twenty with a postal code but no position yet (the backend lists them
 * as "ohne Position"), and one in fifteen with a second site.
 */
function locationLines(rnd: () => number, i: number, name: string): string[] {
  const far = rnd() < 0.05
  // A name that carries a town ("Hochschule Lemgo") is placed in that town.
  const home = PLACES.find((place) => name.includes(place.city))
  const place = far
    ? FAR_PLACES[Math.floor(rnd() * FAR_PLACES.length)]!
    : { ...(home ?? PLACES[Math.floor(rnd() * PLACES.length)]!), state: 'NW' }
  const around = (value: number) => (value + (rnd() - 0.5) * 0.06).toFixed(5)
  const lines = [
    `address: "${['Hauptstraße', 'Bahnhofstraße', 'Industriestraße', 'Am Markt'][i % 4]} ${1 + (i % 97)}"`,
    `postalCode: "${place.postalCode}"`,
    `city: ${JSON.stringify(place.city)}`,
    `state: "${place.state}"`,
  ]
  if (rnd() < 0.05) return lines
  lines.push(`lat: "${around(place.lat)}"`, `lon: "${around(place.lon)}"`)
  if (rnd() < 1 / 15) {
    const second = PLACES[Math.floor(rnd() * PLACES.length)]!
    lines.push(
      'sites:',
      `  - name: "Standort ${second.city}"`,
      `    city: ${JSON.stringify(second.city)}`,
      `    lat: "${around(second.lat)}"`,
      `    lon: "${around(second.lon)}"`,
    )
  }
  return lines
}

async function main(): Promise<void> {
  loadEnv()
  const partnerCount = numberOption('partners', 400)
  const newsCount = numberOption('news', 200)
  const eventCount = numberOption('events', 30)
  const logoShare = Math.min(1, numberOption('logos', 0.3))
  const seed = numberOption('seed', 42)
  const filesOnly = process.argv.includes('--files-only')
  const out = path.resolve(
    option('out', fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-fixtures-'))),
  )
  const rnd = random(seed)
  // Positions draw from their own stream, so the texts stay what they were for a given seed.
  const placeRnd = random(seed + 7919)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!
  const totalWeight = CATEGORIES.reduce((sum, [, w]) => sum + w, 0)
  const pickCategory = () => {
    let r = rnd() * totalWeight
    for (const [name, weight] of CATEGORIES) if ((r -= weight) < 0) return name
    return CATEGORIES[0]![0]
  }

  const profileDir = path.join(out, 'profile')
  const logoDir = path.join(out, 'logos')
  fs.mkdirSync(profileDir, { recursive: true })
  fs.mkdirSync(logoDir, { recursive: true })
  const started = Date.now()
  for (let i = 0; i < partnerCount; i++) {
    const category = pickCategory()
    const name = namesFor(category, rnd, pick, i + 1)
    const slug = `${slugify(category)}/${slugify(name)}`
    const withLogo = rnd() < logoShare
    const quote = rnd() < 0.1
    let logo = 'logo:'
    if (withLogo) {
      const file = `logo-${i + 1}.png`
      const hue = Math.floor(rnd() * 0xffffff)
        .toString(16)
        .padStart(6, '0')
      await sharp({ create: { width: 240, height: 96, channels: 3, background: `#${hue}` } })
        .png()
        .toFile(path.join(logoDir, file))
      logo = `logo: "../logos/${file}"`
    } else if (rnd() < 0.5) {
      logo = 'logo: null'
    }
    const author = quote
      ? `${pick(['Dr. ', 'Prof. Dr. ', ''])}${pick(['Anna', 'Jürgen', 'Özlem', 'Lars', 'Sabine', 'Björn'])} ${pick(SURNAMES)}`
      : ''
    const authorFunction = quote
      ? pick(['Geschäftsführer', 'Präsidentin', 'Leiterin Forschung', 'Vorstand'])
      : ''
    const topic = quote ? pick(TOPICS) : ''
    const yaml = [
      '---',
      `name: ${JSON.stringify(name)}`,
      `slug: ${JSON.stringify(slug)}`,
      logo,
      `category: ${JSON.stringify(category)}`,
      `citeAuthor: ${JSON.stringify(author)}`,
      `citeAuthorFunction: ${JSON.stringify(authorFunction)}`,
      !quote
        ? 'citeQuote: ""'
        : i % 2 === 0
          ? // As long quotes come in real profiles: lines not indented, a paragraph, \" inside.
            [
              `citeQuote: "„Im Cluster finden wir Partner für ${topic}. Was allein Jahre dauern würde,`,
              'schaffen wir gemeinsam in Monaten. Unser Leitsatz: \\"Gemeinsam schneller.\\"',
              '',
              'Darum sind wir dabei.”"',
            ].join('\n')
          : `citeQuote: ${JSON.stringify(`Im Cluster finden wir Partner für ${topic} – das bringt uns "schneller" voran.`)}`,
      ...locationLines(placeRnd, i, name),
      '---',
      '',
      body(name, rnd, pick),
      '',
    ].join('\n')
    fs.writeFileSync(path.join(profileDir, `${String(i + 1).padStart(6, '0')}.md`), yaml)
  }
  console.log(
    `${partnerCount} Profile in ${profileDir} geschrieben (${((Date.now() - started) / 1000).toFixed(1)} s).`,
  )
  if (filesOnly) return

  const db = getDb()
  runMigrations(db.$client)
  const files = fs.readdirSync(profileDir).sort()
  const sources: ImportSource[] = files.map((file) => ({
    name: file,
    bytes: fs.readFileSync(path.join(profileDir, file)),
    readRelative: async (relative) => {
      try {
        return fs.readFileSync(path.resolve(profileDir, relative))
      } catch {
        return null
      }
    },
  }))
  const importStarted = Date.now()
  const { summary } = await importProfiles(db, sources, { actorEmail: 'Testdaten' })
  console.log(
    `Import: ${formatSummary(summary)} (${((Date.now() - importStarted) / 1000).toFixed(1)} s)`,
  )

  const partnerIds = db
    .select({ id: partners.id })
    .from(partners)
    .all()
    .map((p) => p.id)
  const newsStarted = Date.now()
  const BATCH = 250
  for (let done = 0; done < newsCount; done += BATCH) {
    writeTransaction(db, (tx) => {
      for (let k = done; k < Math.min(newsCount, done + BATCH); k++) {
        const year = 2008 + Math.floor(rnd() * 19)
        const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
        const topic = pick(TOPICS)
        const title = `${pick(['Neues Projekt', 'Workshop', 'Förderung', 'Kooperation', 'Auszeichnung', 'Studie'])} zu ${topic} in ${pick(CITIES)} (${k + 1})`
        insertNews(
          tx,
          {
            slug: `${slugify(title, 70)}-${k + 1}`,
            title,
            lead: `${pick(CITIES)} und ${pick(CITIES)} arbeiten gemeinsam an ${topic}. Unternehmen und Hochschulen der Region stellen erste Ergebnisse vor.`,
            body: `Im Projekt geht es um ${topic} und ${pick(TOPICS)}.\n\n## Ergebnisse\n\nDie Partner aus ${pick(TRADES)} und ${pick(TRADES)} berichten von deutlichen Fortschritten.\n\n## Ausblick\n\nWeitere Termine folgen.`,
            place: pick(CITIES),
            date,
            imageId: null,
            contactName: `${pick(['Anna', 'Jürgen', 'Özlem', 'Lars'])} ${pick(SURNAMES)}`,
            contactRole: 'Presse und Kommunikation',
            contactOrganisation: null,
            contactPhone: `05${Math.floor(rnd() * 100)} ${Math.floor(rnd() * 900000 + 100000)}`,
            contactEmail: `presse${k}@example.org`,
            links:
              rnd() < 0.5
                ? [{ label: 'Projektseite', url: `https://www.example.org/projekt/${k}` }]
                : [],
            partnerIds: partnerIds.length > 0 ? [pick(partnerIds)] : [],
            tagNames: [
              pick([
                'Digitalisierung',
                'Forschung',
                'Transfer',
                'Fachkräfte',
                'Internationalisierung',
                'Nachhaltigkeit',
              ]),
            ],
          },
          { status: 'published' },
          { authorId: null, source: 'seed' },
        )
      }
    })
  }
  console.log(
    `${newsCount} Meldungen angelegt (${((Date.now() - newsStarted) / 1000).toFixed(1)} s).`,
  )

  writeTransaction(db, (tx) => {
    for (let k = 0; k < eventCount; k++) {
      const year = 2020 + Math.floor(rnd() * 9)
      const month = 1 + Math.floor(rnd() * 12)
      const day = 1 + Math.floor(rnd() * 28)
      const hour = 9 + Math.floor(rnd() * 8)
      const start = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00`
      const title = `${pick(['Workshop', 'Fachtagung', 'Werkstattgespräch', 'Netzwerktreffen'])}: ${pick(TOPICS)} (${k + 1})`
      const startsAt = berlinLocalToInstant(start)
      insertEvent(
        tx,
        {
          slug: `${slugify(title, 70)}-${k + 1}`,
          title,
          summary: `Austausch zu ${pick(TOPICS)} mit Partnern aus dem Cluster.`,
          body: `Programm und Anmeldung folgen.`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + (2 + Math.floor(rnd() * 6)) * 3600_000),
          allDay: false,
          venueName: rnd() < 0.8 ? `Technologiezentrum ${pick(CITIES)}` : null,
          venueAddress: null,
          onlineUrl: rnd() < 0.3 ? 'https://example.org/online' : null,
          registrationUrl: null,
          contactName: null,
          contactRole: null,
          contactPhone: null,
          contactEmail: null,
          organizerPartnerId: partnerIds.length > 0 && rnd() < 0.5 ? pick(partnerIds) : null,
          reportNewsId: null,
        },
        { status: 'published' },
        { authorId: null, source: 'seed' },
      )
    }
  })
  console.log(`${eventCount} Veranstaltungen angelegt.`)
  db.$client.close()
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? error.message.split('\n')[0]! : String(error)),
)
