import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * No module of the portal imports itself through others: a cycle (auth.ts ↔ the session module,
 * say) makes the order in which modules load decide whether a value is there yet.
 */

const ROOT = path.join(__dirname, '../..')
const EXTENSIONS = ['.ts', '.tsx', '.mjs', '.mts', '/index.ts']

function sources(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => /\.(?:tsx?|mjs)$/.test(file) && !/\.(test|spec)\.tsx?$/.test(file))
    .filter((file) => !file.startsWith('e2e/') && !file.startsWith('tests/'))
    .filter((file) => fs.existsSync(path.join(ROOT, file)))
}

function resolve(from: string, specifier: string, known: Set<string>): string | null {
  let base: string
  if (specifier.startsWith('@/')) base = specifier.slice(2)
  else if (specifier.startsWith('.'))
    base = path.normalize(path.join(path.dirname(from), specifier))
  else return null
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext)])
    if (known.has(candidate)) return candidate
  return null
}

function importGraph(): Map<string, string[]> {
  const files = sources()
  const known = new Set(files)
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8')
    const targets = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)]
      // Type-only imports vanish at run time.
      .filter((match) => !/^\s*(?:import|export)\s+type\s/.test(match[0]))
      .map((match) => resolve(file, match[1]!, known))
      .filter((target): target is string => target !== null)
    graph.set(file, targets)
  }
  return graph
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>()
  const trail: string[] = []
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null
    if (state.get(node) === 'open') return [...trail.slice(trail.indexOf(node)), node]
    state.set(node, 'open')
    trail.push(node)
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    trail.pop()
    state.set(node, 'done')
    return null
  }
  for (const node of graph.keys()) {
    const cycle = visit(node)
    if (cycle) return cycle
  }
  return null
}

describe('the import graph', () => {
  it('has no cycle', () => {
    const graph = importGraph()
    expect(graph.get('auth.ts')).toContain('db/auth/sign-in.ts')
    expect(findCycle(graph)).toBeNull()
  })
})
