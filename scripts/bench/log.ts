/*
 * Progress on standard error, and the measurements that could not be made: the run goes on
 * without them, lists them at the end and exits non-zero.
 */

export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`)
}

export const failures: string[] = []

export async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    failures.push(`${what}: ${message}`)
    log(`FEHLER ${what}: ${message}`)
    return undefined
  }
}
