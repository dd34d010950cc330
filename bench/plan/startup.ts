/**
 * Start-up of the bundled CLI against `node -e 0`, measured in the same run:
 * `validate` (the schema validators are compiled at build time), `plan
 * --no-shadow`, and `plan` with the PGlite shadow check (started from the
 * prepared snapshot). Each is a fresh process, run REPETITIONS times, each
 * run paired with a `node -e 0` just before it, so both see the same load of
 * a shared machine; the medians of wall time, of the process's own CPU time
 * (user + system) and of its peak memory are printed with the spread
 * (min-max) of the CPU time, and the median of the paired CPU ratios.
 * MULTIREGION_BENCH_CLI measures another build (node script/build.mjs into a
 * temporary folder) instead of dist/cli.js.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const REPETITIONS = Number(process.env.BENCH_STARTUP_REPETITIONS ?? 7)
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const USAGE_HOOK = new URL('./exit-usage.mjs', import.meta.url).href
const CLI = process.env.MULTIREGION_BENCH_CLI ?? join(ROOT, 'dist', 'cli.js')
const FIXTURE = [
  '--manifest',
  join(ROOT, 'fixtures/services/checkout/multiregion.yaml'),
  '--env-repo',
  join(ROOT, 'fixtures/environments')
]

const COMMANDS: [name: string, args: string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['validate', [CLI, 'validate', ...FIXTURE]],
  ['plan --no-shadow', [CLI, 'plan', '--release', 'v1.5.0', '--no-shadow', ...FIXTURE]],
  ['plan (shadow check)', [CLI, 'plan', '--release', 'v1.5.0', ...FIXTURE]]
]

interface Figures {
  wallMs: number
  cpuMs: number
  cpuMin: number
  cpuMax: number
  maxRssMb: number
  /** Median of this command's CPU time over the paired `node -e 0`'s, run by run. */
  pairedRatio: number
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

interface Run {
  wallMs: number
  cpuMs: number
  maxRssMb: number
}

function once(args: string[]): Run {
  const dir = mkdtempSync(join(tmpdir(), 'multiregion-bench-'))
  const usageFile = join(dir, 'usage.jsonl')
  try {
    const t0 = performance.now()
    const run = spawnSync(process.execPath, ['--import', USAGE_HOOK, ...args], {
      env: { ...process.env, MULTIREGION_BENCH_USAGE: usageFile },
      encoding: 'utf8'
    })
    const wallMs = performance.now() - t0
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`)
    const usage = JSON.parse(readFileSync(usageFile, 'utf8').trim()) as {
      cpuMs: number
      maxRssMb: number
    }
    return { wallMs, ...usage }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function figures(runs: Run[], baseline: Run[]): Figures {
  const cpu = runs.map(r => r.cpuMs)
  return {
    wallMs: median(runs.map(r => r.wallMs)),
    cpuMs: median(cpu),
    cpuMin: Math.min(...cpu),
    cpuMax: Math.max(...cpu),
    maxRssMb: median(runs.map(r => r.maxRssMb)),
    pairedRatio: median(runs.map((r, i) => r.cpuMs / baseline[i]!.cpuMs))
  }
}

export function benchStartup(): void {
  console.log('')
  console.log(
    `start-up of ${CLI} on the checkout fixture: median of ${REPETITIONS} fresh processes, each paired with a node -e 0 run just before it (the machine may be loaded: compare ratios)`
  )
  console.log(
    'command               wall ms  cpu ms  cpu min-max  peak MB  cpu x node -e 0 (paired)  cpu x plan --no-shadow'
  )
  const node: Run[] = []
  const runs = new Map<string, Run[]>(COMMANDS.map(([name]) => [name, []]))
  for (let i = 0; i < REPETITIONS; i++)
    for (const [name, args] of COMMANDS) {
      if (name === 'node -e 0') continue
      node.push(once(COMMANDS[0]![1]))
      runs.get(name)!.push(once(args))
    }
  // Every command's baseline is the node -e 0 run just before each of its runs.
  const baselines = (name: string) =>
    node.filter((_, j) => COMMANDS[1 + (j % (COMMANDS.length - 1))]![0] === name)
  runs.set('node -e 0', node)
  const results = new Map<string, Figures>(
    COMMANDS.map(([name]) => [
      name,
      figures(runs.get(name)!, name === 'node -e 0' ? node : baselines(name))
    ])
  )
  const noShadow = results.get('plan --no-shadow')!
  for (const [name, f] of results) {
    console.log(
      [
        name.padEnd(20),
        f.wallMs.toFixed(0).padStart(8),
        f.cpuMs.toFixed(0).padStart(7),
        `${f.cpuMin.toFixed(0)}-${f.cpuMax.toFixed(0)}`.padStart(12),
        f.maxRssMb.toFixed(0).padStart(8),
        f.pairedRatio.toFixed(1).padStart(25),
        (f.cpuMs / noShadow.cpuMs).toFixed(1).padStart(23)
      ].join(' ')
    )
  }
  const validate = results.get('validate')!
  const shadow = results.get('plan (shadow check)')!
  console.log(
    `start-up: validate ${validate.pairedRatio.toFixed(1)}x node -e 0 (cpu, paired); the shadow check adds ${(shadow.cpuMs - noShadow.cpuMs).toFixed(0)} ms cpu to plan (${shadow.cpuMs.toFixed(0)} ms, ${(shadow.cpuMs / noShadow.cpuMs).toFixed(1)}x plan --no-shadow), peak ${shadow.maxRssMb.toFixed(0)} MB`
  )
}

// `npm run bench:startup` runs this file alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) benchStartup()
