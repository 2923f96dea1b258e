import { getDb } from '@/db/client'
import { runMigrations } from '@/db/migrate'
import { unlockAccount } from '@/db/auth/login-throttle'
import { DEFAULT_ADMIN_EMAIL } from '@/db/seed'
import { fail, loadEnv } from './lib/env'

/*
 * `npm run admin:unlock [-- E-Mail]`: lifts the login lock of an account (by default the first
 * admin, ADMIN_EMAIL) for an operator with access to the server, when no e-mail can be sent for
 * a password reset. The password stays as it is.
 */

function main(): void {
  loadEnv()
  const args = process.argv.slice(2).filter((arg) => arg !== '--')
  if (args.length > 1 || args.some((arg) => arg.startsWith('-')))
    fail('Aufruf: npm run admin:unlock [-- E-Mail-Adresse]')
  const email = args[0] || process.env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL
  const db = getDb()
  runMigrations(db.$client)
  const result = unlockAccount(db, email)
  db.$client.close()
  if (!result.found) fail(`Kein Konto mit der E-Mail-Adresse „${email}“.`)
  console.log(
    result.wasLocked
      ? `Sperre für ${result.email} aufgehoben. Die Anmeldung ist wieder möglich.`
      : `${result.email} war nicht gesperrt; die Zahl der Fehlversuche ist zurückgesetzt.`,
  )
}

try {
  main()
} catch (error) {
  fail(error instanceof Error ? error.message.split('\n')[0]! : String(error))
}
