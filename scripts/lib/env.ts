import { loadEnvConfig } from '@next/env'

/** Loads .env, .env.local and friends the same way `next start` does. */
export function loadEnv(): void {
  loadEnvConfig(process.cwd(), process.env.NODE_ENV === 'development')
}

/** Prints a one-line error (never a stack trace) and exits. */
export function fail(message: string, code = 2): never {
  process.stderr.write(`Fehler: ${message}\n`)
  process.exit(code)
}
