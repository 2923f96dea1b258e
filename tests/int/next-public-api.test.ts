import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'

/*
 * Only documented Next.js APIs: a module under Next's dist folder can move in any release, and
 * the portal would go on running with caches that never learn of changes.
 */
const PRIVATE = ['next', 'dist'].join('/') + '/'

describe('the sources', () => {
  it('import nothing from a private module of Next.js', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => /\.(?:[cm]?[jt]sx?)$/.test(file) && fs.existsSync(file))
    expect(files.length).toBeGreaterThan(50)
    const offenders = files.filter((file) => fs.readFileSync(file, 'utf8').includes(PRIVATE))
    expect(offenders).toEqual([])
  })
})
