/**
 * Start-up of the bundled CLI against `node -e 0`, measured in the same run:
 * `validate` (the schema validators are compiled at build time), `plan
 * --no-shadow`, and `plan` with the PGlite shadow check (started from the
 * prepared snapshot). Each is a fresh process, run REPETITIONS times; the
 * medians of wall time, of the process's own CPU time (user + system) and of
 * its peak memory are printed with ratios to the baselines.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const REPETITIONS = 3
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const USAGE_HOOK = new URL('./exit-usage.mjs', import.meta.url).href
const CLI = join(ROOT, 'dist', 'cli.js')
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
  maxRssMb: number
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

function measure(args: string[]): Figures {
  const dir = mkdtempSync(join(tmpdir(), 'multiregion-bench-'))
  const usageFile = join(dir, 'usage.jsonl')
  const wall: number[] = []
  try {
    for (let i = 0; i < REPETITIONS; i++) {
      const t0 = performance.now()
      const run = spawnSync(process.execPath, ['--import', USAGE_HOOK, ...args], {
        env: { ...process.env, MULTIREGION_BENCH_USAGE: usageFile },
        encoding: 'utf8'
      })
      wall.push(performance.now() - t0)
      if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`)
    }
    const usage = readFileSync(usageFile, 'utf8')
      .trim()
      .split('\n')
      .map(line => JSON.parse(line) as { cpuMs: number; maxRssMb: number })
    return {
      wallMs: median(wall),
      cpuMs: median(usage.map(u => u.cpuMs)),
      maxRssMb: median(usage.map(u => u.maxRssMb))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function benchStartup(): void {
  console.log('')
  console.log(
    `start-up of dist/cli.js on the checkout fixture: median of ${REPETITIONS} fresh processes`
  )
  console.log(
    'command               wall ms  cpu ms  peak MB  cpu x node -e 0  cpu x plan --no-shadow'
  )
  const results = new Map<string, Figures>()
  for (const [name, args] of COMMANDS) results.set(name, measure(args))
  const node = results.get('node -e 0')!
  const noShadow = results.get('plan --no-shadow')!
  for (const [name, f] of results) {
    console.log(
      [
        name.padEnd(20),
        f.wallMs.toFixed(0).padStart(8),
        f.cpuMs.toFixed(0).padStart(7),
        f.maxRssMb.toFixed(0).padStart(8),
        (f.cpuMs / node.cpuMs).toFixed(1).padStart(16),
        (f.cpuMs / noShadow.cpuMs).toFixed(1).padStart(23)
      ].join(' ')
    )
  }
  const validate = results.get('validate')!
  const shadow = results.get('plan (shadow check)')!
  console.log(
    `start-up: validate ${(validate.cpuMs / node.cpuMs).toFixed(1)}x node -e 0 (cpu); the shadow check is ${(((shadow.cpuMs - noShadow.cpuMs) / shadow.cpuMs) * 100).toFixed(0)}% of plan's cpu (${shadow.cpuMs.toFixed(0)} ms, ${(shadow.cpuMs / noShadow.cpuMs).toFixed(1)}x plan --no-shadow), peak ${shadow.maxRssMb.toFixed(0)} MB`
  )
}
