import fs from 'node:fs'

/*
 * Summarises a V8 CPU profile (`node --cpu-prof server.mjs`) as text: the functions with the
 * most self time, and the self time by package or source folder, so a flame graph can be read
 * in a terminal and quoted in bench/profile-notes.md.
 *
 *   node --import tsx scripts/bench/profile-summary.ts CPU.…cpuprofile [top]
 */

type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

function origin(url: string): string {
  if (!url) return '(native / V8)'
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/')
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!
  }
  if (url.startsWith('node:')) return 'node (core)'
  // Bundled chunks are named after the modules they hold (turbopack), which says more than
  // their minified function names.
  const chunk = /\.next\/server\/(.*)$/.exec(url)
  if (chunk) return `.next/server/${chunk[1]!.replace(/_[0-9a-f]{6,}\._\.js$/, '')}`
  return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '')
}

export function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfMs = new Map<number, number>()
  profile.samples.forEach((id, i) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0)
  const idle = new Set(['(idle)', '(program)', '(garbage collector)'])
  const byFunction = new Map<string, number>()
  const byOrigin = new Map<string, number>()
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)!.callFrame
    const name = frame.functionName || '(anonymous)'
    const key = idle.has(name)
      ? name
      : `${name}  ${origin(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms)
    const group = idle.has(name) ? name : origin(frame.url)
    byOrigin.set(group, (byOrigin.get(group) ?? 0) + ms)
  }
  const bar = (ms: number) => '█'.repeat(Math.round((ms / total) * 60))
  const lines = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([key, ms]) =>
          `${((ms / total) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${bar(ms).padEnd(20)} ${key}`,
      )
  return [
    `total ${total.toFixed(0)} ms sampled`,
    '',
    'self time by package / folder',
    ...lines(byOrigin, 15),
    '',
    `top ${top} functions by self time`,
    ...lines(byFunction, top),
  ].join('\n')
}

if (process.argv[2]) {
  const profile = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as Profile
  console.log(summarise(profile, Number(process.argv[3] ?? 25)))
}
