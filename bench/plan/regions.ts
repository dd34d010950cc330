/**
 * How planning one service grows with its number of regions: 100, 400 and
 * 1,000 regions, each with the full manifest (routing with a failover list,
 * data with regional, by-row and global tables), over generated
 * environments files (test/support/region-fleet.ts). Each size runs in a
 * fresh process (bench/plan/regions-run.ts), so its peak memory is its own;
 * it prints the plan's CPU time, the bytes the plan writes, the process's
 * peak RSS, the job summary and PR comment sizes, and the growth exponents
 * measured in this run.
 *
 * k in cost ∝ N^k is the figure to watch: 1 is linear. A region's files
 * still grow with N where the runtime libraries need it (the client's route
 * order lists every region of its record set, and a by-row table placed
 * everywhere is searched everywhere), but they name each such region once,
 * by name (route table and data map format 2), so the bytes written grow
 * about as N^2 with a small constant and the plan's CPU about linearly.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const SIZES = [100, 400, 1000]
const RUN = fileURLToPath(new URL('./regions-run.ts', import.meta.url))
/** The figures before: issue 19's (plan --no-shadow), and this bench before the route table and data map format 2. */
const BEFORE = [
  '1,000 regions in issue 19: 42.7 s CPU, 2.07 GB peak, 234 MB written; 400 regions: job summary 1.44 MB',
  'before format 2 (same machine, loaded): 1,000 regions 13.4 s CPU, 812 MB peak, 319 MB written; CPU exponent 400 -> 1,000 1.48'
]

interface Measured {
  regions: number
  cpuMs: number
  bytes: number
  summaryBytes: number
  commentChars: number
  errors: number
  maxRssMb: number
}

function measure(n: number): Measured {
  const run = spawnSync(process.execPath, ['--import', 'tsx', RUN, String(n)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  if (run.status !== 0) throw new Error(`${n} regions: exited ${run.status}: ${run.stderr}`)
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Measured
}

/** The exponent k of cost ∝ N^k between two sizes. */
const exponent = (a: number, b: number, na: number, nb: number) =>
  Math.log(b / a) / Math.log(nb / na)

export function benchRegions(): void {
  console.log('')
  console.log(
    'multiregion plan bench, one service over N regions (full manifest: routing and data), plan() without the shadow database, a process a size'
  )
  console.log(
    'regions   plan CPU ms   ms/region    MB written   KB/region   peak RSS MB   summary KB   comment chars   errors'
  )
  const results = SIZES.map(measure)
  for (const r of results)
    console.log(
      [
        String(r.regions).padStart(7),
        r.cpuMs.toFixed(0).padStart(13),
        (r.cpuMs / r.regions).toFixed(2).padStart(11),
        (r.bytes / 2 ** 20).toFixed(1).padStart(13),
        (r.bytes / 1024 / r.regions).toFixed(1).padStart(11),
        r.maxRssMb.toFixed(0).padStart(13),
        (r.summaryBytes / 1024).toFixed(0).padStart(12),
        String(r.commentChars).padStart(15),
        String(r.errors).padStart(8)
      ].join(' ')
    )
  console.log('')
  const [small, mid, large] = results as [Measured, Measured, Measured]
  for (const [a, b] of [
    [small, large],
    [mid, large]
  ] as const)
    console.log(
      `growth exponent ${a.regions} -> ${b.regions} regions: plan CPU ${exponent(a.cpuMs, b.cpuMs, a.regions, b.regions).toFixed(2)}, bytes written ${exponent(a.bytes, b.bytes, a.regions, b.regions).toFixed(2)}, peak RSS ${exponent(a.maxRssMb, b.maxRssMb, a.regions, b.regions).toFixed(2)} (1.00 is linear)`
    )
  for (const line of BEFORE) console.log(line)
}
