import fs from 'node:fs'

/*
 * Counting queries in a test build: when QUERY_LOG_FILE is set, every SQL statement the server
 * runs for a request is appended to that file, one per line. The end-to-end tests read it to prove
 * that a cached page view runs none. Work on the server's own timer (cache sync, scheduling) is
 * left out: it runs whether or not anybody visits. better-sqlite3 is synchronous, so a counter
 * around that work attributes every statement correctly.
 */

let background = 0

export function asBackgroundWork<T>(work: () => T): T {
  background++
  try {
    return work()
  } finally {
    background--
  }
}

export function queryLogger(
  file = process.env.QUERY_LOG_FILE,
): ((message?: unknown) => void) | undefined {
  if (!file) return undefined
  return (message) => {
    if (background === 0) fs.appendFileSync(file, `${String(message).replace(/\s+/g, ' ')}\n`)
  }
}
