import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * A gate against running framework versions with known critical advisories: Next.js before
 * 16.2.3 (React Server Components RCE CVE-2025-66478 was fixed in 16.0.7, later DoS fixes up to
 * 16.2.3), next-auth before 5.0.0-beta.32 (CVE-2026-73421: auth() failing open), @auth/core
 * before 0.41.3.
 */

function installed(name: string): string {
  return JSON.parse(fs.readFileSync(path.resolve('node_modules', name, 'package.json'), 'utf8'))
    .version
}

function parse(version: string): number[] {
  const [core, pre] = version.split('-')
  const parts = core!.split('.').map(Number)
  const beta = pre?.match(/(\d+)$/)?.[1]
  return [...parts, pre ? Number(beta ?? 0) : Number.MAX_SAFE_INTEGER]
}

function atLeast(version: string, minimum: string): boolean {
  const a = parse(version)
  const b = parse(minimum)
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0)
  }
  return true
}

describe('patched framework versions', () => {
  it.each([
    ['next', '16.2.3'],
    ['next-auth', '5.0.0-beta.32'],
    ['@auth/core', '0.41.3'],
  ])('%s is at least %s', (name, minimum) => {
    expect(atLeast(installed(name), minimum), `${name} ${installed(name)}`).toBe(true)
  })

  it('pins them exactly in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'))
    for (const name of [
      'next',
      'next-auth',
      'drizzle-orm',
      'drizzle-kit',
      'better-sqlite3',
      'react',
      'react-dom',
    ]) {
      const spec = pkg.dependencies[name] ?? pkg.devDependencies[name]
      expect(spec, name).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/)
    }
  })

  it('compares pre-releases correctly', () => {
    expect(atLeast('5.0.0-beta.31', '5.0.0-beta.32')).toBe(false)
    expect(atLeast('5.0.0', '5.0.0-beta.32')).toBe(true)
    expect(atLeast('16.10.0', '16.2.3')).toBe(true)
  })
})
