import fs from 'node:fs'

/*
 * A server error on demand, for the end-to-end test of the error page. Only when the environment
 * names FAULT_FILE (scripts/e2e-server.sh does, a production start does not) and that file exists
 * does a page that calls this fail; nothing reachable over HTTP can create the file.
 */
export function failWhenFaultInjected(): void {
  const file = process.env.FAULT_FILE
  if (file && fs.existsSync(file)) throw new Error('Fehler auf Bestellung (FAULT_FILE)')
}
