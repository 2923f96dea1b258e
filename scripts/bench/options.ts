import os from 'node:os'
import path from 'node:path'

/* The command line of `npm run bench`: its options, their defaults and the usage text. */

export type BenchOptions = {
  quick: boolean
  partners: number
  news: number
  largePartners: number
  largeNews: number
  duration: number
  rounds: number
  connections: number
  lighthouse: boolean
  lighthouseRuns: number
  withNginx: boolean
  reuseBuild: boolean
  nodeOptions: string
  out: string
  timeoutMinutes: number
  workers: number
  uncachedOnly: boolean
  memory: boolean
  memoryMinutes: number
  /** Process counts of the memory runs, one run each. */
  memoryProcesses: number[]
}

export const USAGE = `Aufruf: npm run bench -- [Optionen]
  --quick                 nur der kleine Datenbestand, 2 s je Messung
  --partners N            Partner im kleinen Datenbestand (400)
  --news N                Meldungen im kleinen Datenbestand (400)
  --large-partners N      Partner im großen Datenbestand (10000; 0 = ohne)
  --large-news N          Meldungen im großen Datenbestand (20000)
  --duration S            Sekunden je Messung und Runde (4, mit --quick 2)
  --rounds N              abwechselnde Runden (2)
  --connections N         gleichzeitige Verbindungen (10)
  --skip-lighthouse       ohne Lighthouse
  --lighthouse-runs N     Lighthouse-Läufe je Seite, der Median zählt (1)
  --with-nginx            zusätzlich hinter nginx messen (installiert nginx, wenn es fehlt)
  --reuse-build           vorhandenen Build nehmen, auch wenn die Quellen neuer sind
  --node-options "…"      NODE_OPTIONS für den Server, z. B. "--max-old-space-size=192"
  --out DATEI             Ergebnisdatei (bench/results.json)
  --timeout-minutes N     Obergrenze für den ganzen Lauf (40)
  --uncached-only         nur die ungespeicherten Seiten (eindeutige Suchen, Flut, Prozesse)
  --workers N             Prozesse beim Vergleich ein/mehrere Prozesse (Kerne, höchstens 4)
  --memory                nur der Speicher unter eindeutigen Suchen: ein Prozess, dann --workers
  --memory-minutes N      Minuten je Speicherlauf (10)
  --memory-processes L    Prozesszahlen der Speicherläufe, z. B. 1 oder 1,2 (1,--workers)
Umgebung: BENCH_PORTS=3410-3429 nimmt die Ports der Server aus diesem Bereich.`

export function parseOptions(argv: string[]): BenchOptions {
  const args = argv.filter((arg) => arg !== '--')
  const known = new Set([
    '--quick',
    '--partners',
    '--news',
    '--large-partners',
    '--large-news',
    '--duration',
    '--rounds',
    '--connections',
    '--skip-lighthouse',
    '--lighthouse-runs',
    '--with-nginx',
    '--reuse-build',
    '--node-options',
    '--out',
    '--timeout-minutes',
    '--workers',
    '--uncached-only',
    '--memory',
    '--memory-minutes',
    '--memory-processes',
    '--help',
  ])
  const flags = new Set([
    '--quick',
    '--skip-lighthouse',
    '--with-nginx',
    '--reuse-build',
    '--uncached-only',
    '--memory',
    '--help',
  ])
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (!known.has(arg)) throw new Error(`unbekannte Option ${arg}\n${USAGE}`)
    if (!flags.has(arg)) {
      if (args[i + 1] === undefined) throw new Error(`${arg} braucht einen Wert`)
      i++
    }
  }
  const value = (name: string): string | undefined => {
    const index = args.lastIndexOf(`--${name}`)
    return index >= 0 ? args[index + 1] : undefined
  }
  const number = (name: string, fallback: number, min = 0): number => {
    const raw = value(name)
    if (raw === undefined) return fallback
    const parsed = Number(raw)
    if (!Number.isFinite(parsed) || parsed < min)
      throw new Error(`--${name} braucht eine Zahl ≥ ${min}`)
    return parsed
  }
  const quick = args.includes('--quick')
  const workers = Math.floor(
    number('workers', Math.min(4, Math.max(2, os.availableParallelism())), 2),
  )
  const memoryProcesses = (value('memory-processes') ?? `1,${workers}`).split(',').map(Number)
  if (memoryProcesses.some((n) => !Number.isInteger(n) || n < 1 || n > 64))
    throw new Error('--memory-processes braucht Zahlen von 1 bis 64, durch Kommas getrennt')
  return {
    quick,
    partners: Math.floor(number('partners', 400)),
    news: Math.floor(number('news', 400)),
    largePartners: quick ? 0 : Math.floor(number('large-partners', 10000)),
    largeNews: Math.floor(number('large-news', 20000)),
    duration: number('duration', quick ? 2 : 4, 1),
    rounds: Math.floor(number('rounds', 2, 1)),
    connections: Math.floor(number('connections', 10, 1)),
    lighthouse: !args.includes('--skip-lighthouse'),
    lighthouseRuns: Math.floor(number('lighthouse-runs', 1, 1)),
    withNginx: args.includes('--with-nginx'),
    reuseBuild: args.includes('--reuse-build'),
    nodeOptions: value('node-options') ?? '',
    out: value('out') ?? path.join('bench', 'results.json'),
    timeoutMinutes: number('timeout-minutes', 40, 1),
    uncachedOnly: args.includes('--uncached-only'),
    memory: args.includes('--memory'),
    memoryMinutes: number('memory-minutes', 10, 0.5),
    memoryProcesses,
    workers,
  }
}
