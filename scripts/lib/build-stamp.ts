import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/*
 * The fingerprint of everything `next build` turns into the production build. `npm start` and
 * `npm run bench` write it to .next/source-hash after a build and rebuild only when it changed,
 * so the two share one build.
 */

const SOURCES = ['app', 'components', 'db', 'lib', 'public', 'drizzle']
const SOURCE_FILES = [
  'next.config.mjs',
  'proxy.ts',
  'auth.ts',
  'auth.config.ts',
  'instrumentation.ts',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
]

export function buildStampPath(root: string): string {
  return path.join(root, '.next', 'source-hash')
}

function hashTree(hash: ReturnType<typeof createHash>, root: string, target: string): void {
  if (!fs.existsSync(target)) return
  const stat = fs.statSync(target)
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(target).sort()) {
      if (name === 'seed' || name.endsWith('.test.ts')) continue
      hashTree(hash, root, path.join(target, name))
    }
  } else {
    hash.update(path.relative(root, target))
    hash.update(fs.readFileSync(target))
  }
}

export function sourceHash(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256')
  for (const entry of [...SOURCES, ...SOURCE_FILES]) hashTree(hash, root, path.join(root, entry))
  // Settings that end up in prerendered pages: a change means a new build.
  for (const key of ['SITE_URL', 'SITE_NAME', 'SITE_TAGLINE', 'SITE_DESCRIPTION'])
    hash.update(`${key}=${env[key] ?? ''}`)
  return hash.digest('hex')
}

/** True when .next holds a build made from the current sources. */
export function buildIsCurrent(root: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const stamp = buildStampPath(root)
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return false
  return fs.readFileSync(stamp, 'utf8').trim() === sourceHash(root, env)
}
