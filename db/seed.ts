import 'server-only'
import fs from 'node:fs/promises'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import type { Db } from './client'
import { insertEvent } from './store/events'
import { insertNews } from './store/news'
import { insertPage } from './store/pages'
import { partnerIdsBySlug } from './store/partners'
import { insertImage } from './store/images'
import { recordAudit } from './store/journal'
import { importProfiles, type ImportSource } from './store/profile-import'
import { replacePassword } from './auth/password-change'
import { meta, news, pages, users } from './schema'
import { writeTransaction } from './tx'
import { readEventFile, readNewsFile, readPageFile } from '@/lib/content-files'
import { berlinLocalToInstant } from '@/lib/dates'
import { processImage } from '@/lib/images'
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/password'
import { now } from '@/lib/clock'

/*
 * Demo content and the first admin. The content goes in once (a marker in `meta` remembers it),
 * so editors' later changes and deletions survive every restart; the legal pages and the admin
 * account are checked on every run.
 */

export const SEED_DIR = path.join(process.cwd(), 'db', 'seed')
const SEEDED_KEY = 'demo_content_seeded_at'

async function markdownFiles(dir: string): Promise<string[]> {
  try {
    const names = await fs.readdir(dir)
    return names
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => path.join(dir, name))
  } catch {
    return []
  }
}

async function readOrNull(file: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(file)
  } catch {
    return null
  }
}

export type SeedReport = { lines: string[]; seededContent: boolean }

export async function seedPages(db: Db, seedDir = SEED_DIR): Promise<string[]> {
  const lines: string[] = []
  for (const file of await markdownFiles(path.join(seedDir, 'pages'))) {
    const result = readPageFile(await fs.readFile(file))
    if (!result.ok) throw new Error(`${path.basename(file)}: ${result.reason}`)
    const page = result.value
    const exists = db.select({ id: pages.id }).from(pages).where(eq(pages.slug, page.slug)).get()
    if (exists) continue
    writeTransaction(db, (tx) => insertPage(tx, page, { authorId: null, source: 'seed' }))
    lines.push(`Seite /${page.slug} angelegt`)
  }
  return lines
}

export async function seedDemoContent(db: Db, seedDir = SEED_DIR): Promise<SeedReport> {
  const lines = await seedPages(db, seedDir)
  const marker = db.select().from(meta).where(eq(meta.key, SEEDED_KEY)).get()
  if (marker) {
    lines.push(`Demo-Inhalte wurden bereits am ${marker.value} angelegt – keine Änderung.`)
    return { lines, seededContent: false }
  }

  // Partners through the importer, exactly as an admin would import profile files.
  const partnerFiles = await markdownFiles(path.join(seedDir, 'partners'))
  const sources: ImportSource[] = await Promise.all(
    partnerFiles.map(async (file) => ({
      name: path.relative(process.cwd(), file),
      bytes: await fs.readFile(file),
      readRelative: (relative: string) => readOrNull(path.resolve(path.dirname(file), relative)),
    })),
  )
  const { summary, outcomes } = await importProfiles(db, sources, { actorEmail: 'Demo-Inhalte' })
  const failed = outcomes.find((o) => o.status === 'failed')
  if (failed) throw new Error(`${failed.file}: ${failed.reason}`)
  lines.push(
    `Partner: ${summary.created} angelegt, ${summary.updated + summary.unchanged} vorhanden`,
  )

  let newsCount = 0
  for (const file of await markdownFiles(path.join(seedDir, 'news'))) {
    const result = readNewsFile(await fs.readFile(file))
    if (!result.ok) throw new Error(`${path.basename(file)}: ${result.reason}`)
    const item = result.value
    if (db.select({ id: news.id }).from(news).where(eq(news.slug, item.slug)).get()) continue
    const image = item.image
      ? await processImage(
          await fs.readFile(path.resolve(path.dirname(file), item.image.file)),
          'photo',
        )
      : null
    writeTransaction(db, (tx) => {
      const related = partnerIdsBySlug(tx, item.partners)
      if (related.unknown.length > 0)
        throw new Error(`${path.basename(file)}: unbekannte Partner ${related.unknown.join(', ')}`)
      const imageId =
        image && item.image
          ? insertImage(tx, image, {
              kind: 'photo',
              alt: item.image.alt,
              credit: item.image.credit,
            })
          : null
      insertNews(
        tx,
        {
          slug: item.slug,
          title: item.title,
          lead: item.lead,
          body: item.body,
          place: item.place,
          date: item.date,
          imageId,
          contactName: item.contact?.name ?? null,
          contactRole: item.contact?.role ?? null,
          contactOrganisation: item.contact?.organisation ?? null,
          contactPhone: item.contact?.phone ?? null,
          contactEmail: item.contact?.email ?? null,
          links: item.links,
          partnerIds: related.ids,
          tagNames: item.tags,
        },
        { status: 'published' },
        { authorId: null, source: 'seed' },
      )
    })
    newsCount++
  }
  lines.push(`Meldungen: ${newsCount} angelegt`)

  let eventCount = 0
  for (const file of await markdownFiles(path.join(seedDir, 'events'))) {
    const result = readEventFile(await fs.readFile(file))
    if (!result.ok) throw new Error(`${path.basename(file)}: ${result.reason}`)
    const item = result.value
    writeTransaction(db, (tx) => {
      const exists = tx.get<{ id: number }>(sql`SELECT id FROM events WHERE slug = ${item.slug}`)
      if (exists) return
      const organizer = item.organizer
        ? partnerIdsBySlug(tx, [item.organizer])
        : { ids: [], unknown: [] }
      if (organizer.unknown.length > 0)
        throw new Error(`${path.basename(file)}: unbekannter Veranstalter ${item.organizer}`)
      const report = item.report
        ? tx.select({ id: news.id }).from(news).where(eq(news.slug, item.report)).get()
        : null
      if (item.report && !report)
        throw new Error(`${path.basename(file)}: unbekannter Bericht ${item.report}`)
      insertEvent(
        tx,
        {
          slug: item.slug,
          title: item.title,
          summary: item.summary,
          body: item.body,
          startsAt: berlinLocalToInstant(item.start),
          endsAt: item.end ? berlinLocalToInstant(item.end) : null,
          allDay: item.allDay,
          venueName: item.venue?.name ?? null,
          venueAddress: item.venue?.address ?? null,
          onlineUrl: item.onlineUrl,
          registrationUrl: item.registrationUrl,
          contactName: item.contact?.name ?? null,
          contactRole: item.contact?.role ?? null,
          contactPhone: item.contact?.phone ?? null,
          contactEmail: item.contact?.email ?? null,
          organizerPartnerId: organizer.ids[0] ?? null,
          reportNewsId: report?.id ?? null,
        },
        { status: 'published' },
        { authorId: null, source: 'seed' },
      )
      eventCount++
    })
  }
  lines.push(`Veranstaltungen: ${eventCount} angelegt`)

  const at = now().toISOString()
  db.insert(meta).values({ key: SEEDED_KEY, value: at }).onConflictDoNothing().run()
  recordAudit(db, {
    action: 'seed.demo_content',
    actorEmail: 'Demo-Inhalte',
    details: { news: newsCount, events: eventCount, ...summary },
  })
  return { lines, seededContent: true }
}

export type AdminResult = {
  email: string
  /** Set only when a password was generated now: shown once, never stored in clear. */
  generatedPassword?: string
  action: 'created' | 'password_updated' | 'unchanged'
}

export const DEFAULT_ADMIN_EMAIL = 'admin@example.org'

/**
 * The first admin: from ADMIN_EMAIL / ADMIN_PASSWORD when given (a changed ADMIN_PASSWORD
 * replaces the stored one, ends the sessions opened with the old one and lifts a login lock),
 * otherwise admin@example.org with a random password shown once.
 */
export async function ensureAdmin(
  db: Db,
  env: { email?: string; password?: string; name?: string },
): Promise<AdminResult> {
  const email = (env.email?.trim() || DEFAULT_ADMIN_EMAIL).toLowerCase()
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new Error(`ADMIN_EMAIL „${env.email}“ ist keine gültige E-Mail-Adresse.`)
  if (env.password !== undefined && env.password !== '') {
    const problem = passwordProblem(env.password)
    if (problem) throw new Error(`ADMIN_PASSWORD: ${problem}`)
  }
  const existing = db
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .get()

  if (existing) {
    if (!env.password) return { email, action: 'unchanged' }
    if (existing.passwordHash && (await verifyPassword(existing.passwordHash, env.password))) {
      return { email, action: 'unchanged' }
    }
    const passwordHash = await hashPassword(env.password)
    writeTransaction(db, (tx) => {
      replacePassword(tx, existing, passwordHash)
      recordAudit(tx, {
        action: 'user.password_set',
        actorEmail: 'ADMIN_PASSWORD',
        entityType: 'user',
        entityId: existing.id,
      })
    })
    return { email, action: 'password_updated' }
  }

  const generated = env.password ? undefined : randomBytes(15).toString('base64url')
  const passwordHash = await hashPassword(env.password || generated!)
  writeTransaction(db, (tx) => {
    const at = now()
    const id = tx
      .insert(users)
      .values({
        email,
        name: env.name?.trim() || 'Administrator',
        passwordHash,
        role: 'admin',
        state: 'active',
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: users.id })
      .get().id
    recordAudit(tx, {
      action: 'user.create',
      actorEmail: 'Ersteinrichtung',
      entityType: 'user',
      entityId: id,
      details: { role: 'admin' },
    })
  })
  return { email, generatedPassword: generated, action: 'created' }
}
