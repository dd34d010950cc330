/**
 * A retry budget shared by every request of a client, after Finagle's
 * RetryBudget: over a sliding window, retries (and hedges) may add `ratio`
 * of the requests made, plus `minPerSecond` so that a quiet client can still
 * retry. When every region fails, retries stop at the budget instead of
 * multiplying the load on a struggling service (a retry storm).
 *
 * The window is a ring of per-second counters, so memory and the cost of a
 * request or a retry decision stay the same however much traffic the client
 * has seen (a timestamp per request made the first retry after a long
 * healthy run scan them all). The window slides a bucket at a time: it
 * covers the last 9 to 10 seconds.
 */
export class RetryBudget {
  private readonly requests: number[]
  private readonly retries: number[]
  private requestsInWindow = 0
  private retriesInWindow = 0
  /** The ring slot of the current bucket, and which bucket (time / bucketMs) it holds. */
  private head = 0
  private headBucket: number
  private readonly bucketMs: number
  private readonly floor: number

  constructor(
    private readonly ratio: number,
    minPerSecond: number,
    private readonly now: () => number,
    windowMs = 10_000,
    buckets = 10
  ) {
    this.bucketMs = windowMs / buckets
    this.floor = (minPerSecond * windowMs) / 1000
    this.requests = new Array<number>(buckets).fill(0)
    this.retries = new Array<number>(buckets).fill(0)
    this.headBucket = Math.floor(now() / this.bucketMs)
  }

  /** Moves the ring to the current bucket, emptying the buckets that left the window: at most one pass over the ring. */
  private advance(): void {
    const bucket = Math.floor(this.now() / this.bucketMs)
    if (bucket === this.headBucket) return
    const size = this.requests.length
    const steps = Math.min(bucket - this.headBucket, size)
    for (let i = 0; i < steps; i++) {
      this.head = (this.head + 1) % size
      this.requestsInWindow -= this.requests[this.head]!
      this.retriesInWindow -= this.retries[this.head]!
      this.requests[this.head] = 0
      this.retries[this.head] = 0
    }
    this.headBucket = bucket
  }

  /** Counts one request, which earns `ratio` of a retry. */
  deposit(): void {
    this.advance()
    this.requests[this.head]!++
    this.requestsInWindow++
  }

  /** Takes one retry from the budget; false when it is spent. */
  tryWithdraw(): boolean {
    this.advance()
    if (this.retriesInWindow + 1 > this.ratio * this.requestsInWindow + this.floor) return false
    this.retries[this.head]!++
    this.retriesInWindow++
    return true
  }
}
