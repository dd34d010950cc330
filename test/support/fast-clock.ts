import { systemClock } from '../../src/argocd/wait.js'
import type { Clock } from '../../src/argocd/wait.js'

/**
 * Time that passes `factor` times faster than real time, so minutes of timeouts and
 * backoff pass in milliseconds while the simulator still answers over real sockets.
 */
export function fastClock(factor = 100): Clock {
  return { sleep: (ms, signal) => systemClock.sleep(ms / factor, signal) }
}
