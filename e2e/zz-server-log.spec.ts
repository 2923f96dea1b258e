import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { E2E_PASSWORD } from './helpers/accounts'
import { E2E_DB_FILE } from './helpers/db'

/*
 * Runs after every other spec (files run in name order): by now the server has seen logins,
 * failed logins, invitations, password links, uploads and refused requests. None of the secrets
 * involved may appear in its output.
 */

const LOG_FILE = E2E_DB_FILE.replace(/portal\.db$/, 'server.log')

test('the server log holds no passwords, tokens or session cookies', () => {
  const log = fs.readFileSync(LOG_FILE, 'utf8')
  expect(log).toContain('Clusterportal läuft auf')
  for (const secret of [E2E_PASSWORD, 'E2E-Admin-Passwort-2026', 'falsch-0-aaaaaaa'])
    expect(log).not.toContain(secret)
  expect(log).not.toMatch(/token=[\w-]{16,}/)
  expect(log).not.toMatch(/session-token/i)
  expect(log).not.toMatch(/\$argon2id\$/)
})
