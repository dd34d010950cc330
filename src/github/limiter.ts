/**
 * The part of Bottleneck that @octokit/plugin-throttling 11 drives (its
 * `retryLimiter` and its limiter groups, both options it takes), without
 * Bottleneck's own scheduler: Bottleneck yields to a timer at each step of
 * its datastore (bottleneck/light.js, `yieldLoop`), about 4.5 ms a call on
 * this machine even with nothing to wait for, and the plugin sends every
 * request through two of them. What is kept: at most `maxConcurrent` jobs
 * at once, in the order they came, and the `failed` event, whose handler
 * answers how many milliseconds to wait before the job runs again (the
 * plugin's retry after a rate limit) or nothing (the error stands).
 */
export class PromptLimiter {
  #failed: ((error: unknown, info: JobInfo) => unknown) | undefined
  #running = 0
  readonly #waiting: (() => void)[] = []

  constructor(private readonly maxConcurrent = Infinity) {}

  /** Bottleneck's event registration; only `failed` has a meaning here. */
  on(event: string, handler: (error: unknown, info: JobInfo) => unknown): this {
    if (event === 'failed') this.#failed = handler
    return this
  }

  /** A Bottleneck group's limiter for a key: one limiter serves every key. */
  key(): this {
    return this
  }

  /** Bottleneck's schedule: `(fn, ...args)` or `(options, fn, ...args)`. */
  async schedule(...input: unknown[]): Promise<unknown> {
    const [options, fn, args] =
      typeof input[0] === 'function'
        ? [{}, input[0] as Job, input.slice(1)]
        : [input[0] ?? {}, input[1] as Job, input.slice(2)]
    for (let retryCount = 0; ; retryCount++) {
      await this.#slot()
      let outcome: { value: unknown } | { error: unknown }
      try {
        outcome = { value: await fn(...args) }
      } catch (error) {
        outcome = { error }
      } finally {
        this.#release()
      }
      if ('value' in outcome) return outcome.value
      // A handler that throws (the plugin's reads a response an error without one lacks) leaves the
      // job's own error standing, as Bottleneck does (it only emits an "error" event).
      const wait = await Promise.resolve()
        .then(() => this.#failed?.(outcome.error, { args, options, retryCount }))
        .catch(() => undefined)
      if (typeof wait !== 'number') throw outcome.error
      await new Promise(resolve => setTimeout(resolve, wait))
    }
  }

  async #slot(): Promise<void> {
    if (this.#running >= this.maxConcurrent)
      await new Promise<void>(resolve => this.#waiting.push(resolve))
    this.#running++
  }

  #release(): void {
    this.#running--
    this.#waiting.shift()?.()
  }
}

type Job = (...args: unknown[]) => unknown

/** What Bottleneck tells a `failed` handler of the job. */
interface JobInfo {
  args: unknown[]
  options: unknown
  retryCount: number
}
