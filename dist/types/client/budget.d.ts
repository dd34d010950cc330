/**
 * A retry budget shared by every request of a client, after Finagle's
 * RetryBudget: over a sliding window, retries (and hedges) may add `ratio`
 * of the requests made, plus `minPerSecond` so that a quiet client can still
 * retry. When every region fails, retries stop at the budget instead of
 * multiplying the load on a struggling service (a retry storm).
 */
export declare class RetryBudget {
    private readonly ratio;
    private readonly minPerSecond;
    private readonly now;
    private readonly windowMs;
    private readonly requests;
    private readonly retries;
    constructor(ratio: number, minPerSecond: number, now: () => number, windowMs?: number);
    private prune;
    /** Counts one request, which earns `ratio` of a retry. */
    deposit(): void;
    /** Takes one retry from the budget; false when it is spent. */
    tryWithdraw(): boolean;
}
