import { getDb } from '@/db/client'
import { runMigrations } from '@/db/migrate'
import { unlockAccount } from '@/db/auth/login-throttle'
import { resetSecondFactorFromCli } from '@/db/auth/second-factor/reset'
import { DEFAULT_ADMIN_EMAIL } from '@/db/seed'
import { fail, loadEnv } from './lib/env'

/*
 * `npm run admin:unlock [-- E-Mail]`: lifts the login lock of an account (by default the first
 * admin, ADMIN_EMAIL) for an operator with access to the server, when no e-mail can be sent for
 * a password reset. The password stays as it is. With `--zweiter-faktor` it also removes the
 * account's second factors (code app, passkeys, recovery codes) and ends its sessions: the way
 * back in for the only admin who lost them.
 */

function main(): void {
  loadEnv()
  const all = process.argv.slice(2).filter((arg) => arg !== '--')
  const secondFactor = all.includes('--zweiter-faktor')
  const args = all.filter((arg) => arg !== '--zweiter-faktor')
  if (args.length > 1 || args.some((arg) => arg.startsWith('-')))
    fail('Aufruf: npm run admin:unlock [-- [--zweiter-faktor] E-Mail-Adresse]')
  const email = args[0] || process.env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL
  const db = getDb()
  runMigrations(db.$client)
  const result = unlockAccount(db, email)
  const reset = secondFactor && result.found ? resetSecondFactorFromCli(db, email) : null
  db.$client.close()
  if (!result.found) fail(`Kein Konto mit der E-Mail-Adresse „${email}“.`)
  console.log(
    result.wasLocked
      ? `Sperre für ${result.email} aufgehoben. Die Anmeldung ist wieder möglich.`
      : `${result.email} war nicht gesperrt; die Zahl der Fehlversuche ist zurückgesetzt.`,
  )
  if (reset)
    console.log(
      `Zweiter Faktor von ${reset} entfernt; alle Sitzungen sind beendet. Nach der Anmeldung mit dem Passwort bitte neu einrichten.`,
    )
}

try {
  main()
} catch (error) {
  fail(error instanceof Error ? error.message.split('\n')[0]! : String(error))
}
