/**
 * A retry budget shared by every request of a client, after Finagle's
 * RetryBudget: over a sliding window, retries (and hedges) may add `ratio`
 * of the requests made, plus `minPerSecond` so that a quiet client can still
 * retry. When every region fails, retries stop at the budget instead of
 * multiplying the load on a struggling service (a retry storm).
 */
export class RetryBudget {
  private readonly requests: number[] = []
  private readonly retries: number[] = []

  constructor(
    private readonly ratio: number,
    private readonly minPerSecond: number,
    private readonly now: () => number,
    private readonly windowMs = 10_000
  ) {}

  private prune(at: number): void {
    const start = at - this.windowMs
    while (this.requests.length > 0 && this.requests[0]! <= start) this.requests.shift()
    while (this.retries.length > 0 && this.retries[0]! <= start) this.retries.shift()
  }

  /** Counts one request, which earns `ratio` of a retry. */
  deposit(): void {
    this.requests.push(this.now())
  }

  /** Takes one retry from the budget; false when it is spent. */
  tryWithdraw(): boolean {
    const at = this.now()
    this.prune(at)
    const allowed = this.ratio * this.requests.length + (this.minPerSecond * this.windowMs) / 1000
    if (this.retries.length + 1 > allowed) return false
    this.retries.push(at)
    return true
  }
}
