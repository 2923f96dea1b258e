import path from 'node:path'
import { loadEnv } from '../lib/env'
import { datasetSpecs, measureImport } from './datasets'
import { attempt, failures, log } from './log'
import { measureMemory, memorySection } from './memory-run'
import { parseOptions, USAGE } from './options'
import { emergencyCleanup, makeTmpRoot } from './processes'
import { commandLine, machineInfo, report, writeResults } from './report'
import { runDataset, type DatasetResult } from './run-dataset'
import { ensureBuild } from './server'
import { evaluate } from './targets'

/*
 * npm run bench: throughput and latency of the public pages of a production build on a fresh
 * database, against baselines measured in the same run (a plain Node server sending the same
 * bytes, and the prerendered /impressum page of the same build), plus publish → visible,
 * import time, memory, client JavaScript and Lighthouse; optionally behind nginx.
 * See bench/README.md. Writes bench/results.json; exits non-zero only when a measurement could
 * not be made, never for a missed target.
 */

async function main(): Promise<number> {
  const argv = process.argv.slice(2)
  if (argv.includes('--help')) {
    console.log(USAGE)
    return 0
  }
  const options = parseOptions(argv)
  loadEnv()
  const started = Date.now()
  const timer = setTimeout(() => {
    log(`Zeitlimit von ${options.timeoutMinutes} min überschritten: Abbruch.`)
    emergencyCleanup()
    process.exit(1)
  }, options.timeoutMinutes * 60_000)

  const tmpRoot = makeTmpRoot()
  const build = await ensureBuild(options)
  if (options.memory) {
    const runs = await measureMemory(options)
    const command = commandLine(argv)
    console.log(`\n${[`Command: ${command}`, ...memorySection(runs)].join('\n')}\n`)
    const results = {
      ...machineInfo(),
      command,
      options,
      build,
      durationSeconds: Math.round((Date.now() - started) / 1000),
      memory: runs,
    }
    writeResults(options.out, results)
    clearTimeout(timer)
    return 0
  }
  const importResult = await attempt('import', () => measureImport(path.join(tmpRoot, 'import')))
  if (importResult) log(`Import der Demo-Profile: ${importResult.seconds.toFixed(2)} s`)

  const datasets: DatasetResult[] = []
  for (const [index, spec] of datasetSpecs(options).entries()) {
    const result = await attempt(`data set "${spec.name}"`, () =>
      runDataset(options, spec, index === 0),
    )
    if (result) datasets.push(result)
  }

  const machine = machineInfo()
  const command = commandLine(argv)
  const targets = evaluate(options, datasets, importResult)
  const text = report({ machine, options, command, datasets, import: importResult, targets })
  console.log(`\n${text}\n`)
  const results = {
    ...machine,
    command,
    options,
    build,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    datasets,
    import: importResult,
    targets,
    failures,
  }
  writeResults(options.out, results)
  if (failures.length > 0) {
    log(`${failures.length} Messung(en) fehlgeschlagen:`)
    for (const failure of failures) log(`  ${failure}`)
  }
  clearTimeout(timer)
  return failures.length > 0 ? 1 : 0
}

process.on('exit', emergencyCleanup)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    log(`${signal}: räume auf …`)
    process.exit(130)
  })
main().then(
  (code) => {
    emergencyCleanup()
    process.exit(code)
  },
  (error: unknown) => {
    log(`Fehler: ${error instanceof Error ? error.message : String(error)}`)
    emergencyCleanup()
    process.exit(1)
  },
)
