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
export declare class RetryBudget {
    private readonly ratio;
    private readonly now;
    private readonly requests;
    private readonly retries;
    private requestsInWindow;
    private retriesInWindow;
    /** The ring slot of the current bucket, and which bucket (time / bucketMs) it holds. */
    private head;
    private headBucket;
    private readonly bucketMs;
    private readonly floor;
    constructor(ratio: number, minPerSecond: number, now: () => number, windowMs?: number, buckets?: number);
    /** Moves the ring to the current bucket, emptying the buckets that left the window: at most one pass over the ring. */
    private advance;
    /** Counts one request, which earns `ratio` of a retry. */
    deposit(): void;
    /** Takes one retry from the budget; false when it is spent. */
    tryWithdraw(): boolean;
}
