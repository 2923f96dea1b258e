import { constants } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

/*
 * Files a profile names (its logo) are read only from inside the folders the operator named on
 * the command line: the real path after every symlink must lie in one of them, it must be a
 * regular file, and no larger than the cap. A profile cannot make the import read /etc/passwd,
 * wait forever on /dev/zero or a FIFO, or fill the memory.
 */

export type ConfinedRead = Uint8Array | null | { refused: string }

/** The real paths of the folders named (for a named file: the folder it is in). */
export async function confinementRoots(targets: string[]): Promise<string[]> {
  const roots = new Set<string>()
  for (const target of targets) {
    try {
      const real = await fs.realpath(target)
      const stat = await fs.stat(real)
      roots.add(stat.isDirectory() ? real : path.dirname(real))
    } catch {
      // A target that does not exist is reported by the caller; it confines nothing.
    }
  }
  return [...roots]
}

function inside(root: string, file: string): boolean {
  const relative = path.relative(root, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`

/** Reads `relative` (from `baseDir`) if it stays inside `roots`; null when it does not exist. */
export async function readConfined(
  roots: string[],
  baseDir: string,
  relative: string,
  maxBytes: number,
): Promise<ConfinedRead> {
  if (relative.includes('\0')) return { refused: 'ungültiger Dateiname' }
  let real: string
  try {
    real = await fs.realpath(path.resolve(baseDir, relative))
  } catch {
    return null
  }
  if (!roots.some((root) => inside(root, real)))
    return { refused: 'liegt außerhalb der angegebenen Ordner' }
  let handle: fs.FileHandle
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: the checked path only.
    handle = await fs.open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
  } catch {
    return { refused: 'nicht lesbar' }
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) return { refused: 'keine gewöhnliche Datei' }
    if (stat.size > maxBytes) return { refused: `größer als ${megabytes(maxBytes)}` }
    // One byte more than its size: a file that grows meanwhile is noticed, not read on and on.
    const buffer = Buffer.alloc(stat.size + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > stat.size) return { refused: 'änderte sich beim Lesen' }
    return new Uint8Array(buffer.subarray(0, length))
  } finally {
    await handle.close()
  }
}
