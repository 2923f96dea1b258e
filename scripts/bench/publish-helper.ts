import { getDb } from '@/db/client'
import { insertNews } from '@/db/store/news'
import { writeTransaction } from '@/db/tx'
import { fail, loadEnv } from '../lib/env'

/*
 * Helper of `npm run bench`: publishes news items the way the editors' form does (insertNews in a
 * write transaction, status published), in another process than the server. For each line read
 * from standard input (the slug to use) it prints `{"slug":…,"title":…,"committedAt":<ms>}` once
 * the transaction has committed. Ends at the end of its input.
 */

function berlinToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date())
}

function publish(slug: string): void {
  const db = getDb()
  const title = `Benchmark-Meldung ${slug}`
  writeTransaction(db, (tx) =>
    insertNews(
      tx,
      {
        slug,
        title,
        lead: 'Eine Meldung, mit der der Benchmark misst, wie schnell Veröffentlichtes erscheint.',
        body: 'Veröffentlicht vom Benchmark.\n\n## Ablauf\n\nSpeichern, dann die Seiten abfragen.',
        place: 'Bielefeld',
        date: berlinToday(),
        imageId: null,
        contactName: null,
        contactRole: null,
        contactOrganisation: null,
        contactPhone: null,
        contactEmail: null,
        links: [],
        partnerIds: [],
        tagNames: ['Benchmark'],
      },
      { status: 'published' },
      { authorId: null, source: 'edit' },
    ),
  )
  process.stdout.write(`${JSON.stringify({ slug, title, committedAt: Date.now() })}\n`)
}

async function main(): Promise<void> {
  loadEnv()
  getDb()
  process.stdout.write('ready\n')
  let buffer = ''
  for await (const chunk of process.stdin) {
    buffer += String(chunk)
    let newline
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const slug = buffer.slice(0, newline).trim()
      buffer = buffer.slice(newline + 1)
      if (slug) publish(slug)
    }
  }
  getDb().$client.close()
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? error.message.split('\n')[0]! : String(error)),
)
