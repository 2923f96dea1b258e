import fs from 'node:fs'

/*
 * The portal's one source of "now", so scheduling can be tested without waiting. When the
 * environment names CLOCK_OFFSET_FILE (the end-to-end tests do; nothing reachable over HTTP can),
 * that file holds milliseconds to add to the real time.
 */

let cached: { mtimeMs: number; offset: number } | null = null

function offset(): number {
  const file = process.env.CLOCK_OFFSET_FILE
  if (!file) return 0
  try {
    const stat = fs.statSync(file)
    if (!cached || cached.mtimeMs !== stat.mtimeMs) {
      const value = Number(fs.readFileSync(file, 'utf8').trim())
      cached = { mtimeMs: stat.mtimeMs, offset: Number.isFinite(value) ? value : 0 }
    }
    return cached.offset
  } catch {
    return 0
  }
}

export function now(): Date {
  return new Date(Date.now() + offset())
}
