import { getDb } from '@/db/client'
import { runMigrations } from '@/db/migrate'
import { ensureAdmin, seedDemoContent } from '@/db/seed'
import { fail, loadEnv } from './lib/env'

async function main(): Promise<void> {
  loadEnv()
  const db = getDb()
  runMigrations(db.$client)
  const report = await seedDemoContent(db)
  for (const line of report.lines) console.log(line)
  const admin = await ensureAdmin(db, {
    email: process.env.ADMIN_EMAIL,
    password: process.env.ADMIN_PASSWORD,
    name: process.env.ADMIN_NAME,
  })
  db.$client.close()
  // The address the portal answers on: SITE_URL behind a proxy, else the local port `npm start` uses.
  const site = (process.env.SITE_URL || `http://localhost:${process.env.PORT || '3000'}`).replace(
    /\/$/,
    '',
  )
  console.log('')
  console.log(`Anmeldung: ${site}/login`)
  console.log(`  E-Mail:   ${admin.email}`)
  if (admin.generatedPassword) {
    console.log(`  Passwort: ${admin.generatedPassword}`)
    console.log('  (wird nur dieses eine Mal angezeigt – bitte notieren)')
  } else if (admin.action === 'password_updated') {
    console.log('  Passwort: aus ADMIN_PASSWORD (neu gesetzt)')
  } else if (process.env.ADMIN_PASSWORD) {
    console.log('  Passwort: aus ADMIN_PASSWORD')
  } else {
    console.log(
      '  Passwort: wurde beim ersten Start angezeigt. Neu setzen mit ADMIN_PASSWORD=… npm start',
    )
  }
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? error.message.split('\n')[0]! : String(error)),
)
