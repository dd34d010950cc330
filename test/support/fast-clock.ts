import type { Clock } from '../../src/argocd/wait.js'

/**
 * Time that passes `factor` times faster than real time, so minutes of timeouts and
 * backoff pass in milliseconds while the simulator still answers over real sockets.
 */
export function fastClock(factor = 100): Clock {
  return {
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason)
        const handle = setTimeout(() => {
          signal.removeEventListener('abort', onAbort)
          resolve()
        }, ms / factor)
        const onAbort = () => {
          clearTimeout(handle)
          reject(signal.reason)
        }
        signal.addEventListener('abort', onAbort, { once: true })
      })
  }
}
