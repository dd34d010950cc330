/**
 * Validate time at 1,000 and 10,000 platform regions (with a service in a
 * fifth of them), and the growth exponent between the two: log(t10k / t1k) /
 * log(10). 1.0 is linear; the duplicate-key scan that made this 2.0 took 14 s
 * at 10,000 regions.
 */
import { performance } from 'node:perf_hooks'
import { checkServiceAgainstPlatform, loadPlatform, loadService } from '../../src/manifest/load.js'
import { largePlatform, largeService } from '../../test/support/large-inputs.js'

const SIZES = [1_000, 10_000]
const REPETITIONS = 3

function validateOnce(platformText: string, serviceText: string): number {
  const t0 = performance.now()
  const platform = loadPlatform(platformText, 'platform.yaml').value
  const service = loadService(serviceText, 'multiregion.yaml').value
  if (!platform || !service) throw new Error('the generated platform or service does not load')
  const problems = checkServiceAgainstPlatform(service, platform)
  if (problems.length > 0)
    throw new Error(`generated inputs do not validate: ${problems[0]?.message}`)
  return performance.now() - t0
}

export function benchScale(): void {
  console.log('')
  console.log(`validate at scale: median of ${REPETITIONS}, after one warm-up at each size`)
  console.log('platform regions  service regions  validate ms  µs/platform region')
  const times: number[] = []
  for (const size of SIZES) {
    const platformText = largePlatform(size)
    const serviceText = largeService(size / 5)
    validateOnce(platformText, serviceText)
    const runs = Array.from({ length: REPETITIONS }, () => validateOnce(platformText, serviceText))
    const ms = runs.sort((a, b) => a - b)[Math.floor(REPETITIONS / 2)] as number
    times.push(ms)
    console.log(
      `${String(size).padStart(16)}  ${String(size / 5).padStart(15)}  ${ms.toFixed(1).padStart(11)}  ${((ms * 1000) / size).toFixed(1).padStart(18)}`
    )
  }
  const [small, large] = times as [number, number]
  const exponent = Math.log(large / small) / Math.log(SIZES[1]! / SIZES[0]!)
  console.log(
    `scale 1k -> 10k regions: validate ${small.toFixed(1)} ms -> ${large.toFixed(1)} ms, x${(large / small).toFixed(1)}, growth exponent ${exponent.toFixed(2)} (1.00 is linear)`
  )
}
