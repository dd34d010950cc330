export type BreakerState = 'closed' | 'open' | 'half-open'

export interface BreakerSettings {
  /** Consecutive failures that open the breaker. Default 5. */
  failures: number
  /** How long an open breaker refuses requests before letting one probe through. Default 5000 ms. */
  cooldownMs: number
}

/**
 * A circuit breaker for one region's endpoint: consecutive failures open it,
 * so requests go straight to the next region instead of waiting for a
 * timeout; after a cooldown one probe decides whether it closes again.
 */
export class CircuitBreaker {
  private state: BreakerState = 'closed'
  private failures = 0
  private openedAt = 0
  private probing = false

  constructor(
    private readonly settings: BreakerSettings,
    private readonly now: () => number,
    private readonly changed: (from: BreakerState, to: BreakerState) => void
  ) {}

  get current(): BreakerState {
    if (this.state === 'open' && this.now() - this.openedAt >= this.settings.cooldownMs)
      this.move('half-open')
    return this.state
  }

  /** Whether a request may go to this endpoint now; in half-open, only one probe at a time. */
  allows(): boolean {
    const state = this.current
    if (state === 'closed') return true
    if (state === 'half-open' && !this.probing) return true
    return false
  }

  /** Marks the start of an attempt, so a half-open breaker sends one probe only; true when this attempt is the probe. */
  begin(): boolean {
    if (this.current !== 'half-open') return false
    this.probing = true
    return true
  }

  /** A probe that ended without an answer either way (a hedge won, the caller aborted): the next request may probe. */
  release(): void {
    this.probing = false
  }

  /** Milliseconds until an open breaker lets a probe through. */
  get reopensInMs(): number {
    return this.state === 'open'
      ? Math.max(0, this.settings.cooldownMs - (this.now() - this.openedAt))
      : 0
  }

  success(): void {
    this.failures = 0
    this.probing = false
    if (this.state !== 'closed') this.move('closed')
  }

  failure(): void {
    this.failures++
    this.probing = false
    if (this.state === 'half-open' || this.failures >= this.settings.failures) {
      this.openedAt = this.now()
      if (this.state !== 'open') this.move('open')
    }
  }

  private move(to: BreakerState): void {
    const from = this.state
    this.state = to
    this.changed(from, to)
  }
}
