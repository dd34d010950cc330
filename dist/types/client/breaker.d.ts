export type BreakerState = 'closed' | 'open' | 'half-open';
export interface BreakerSettings {
    /** Consecutive failures that open the breaker. Default 5. */
    failures: number;
    /** How long an open breaker refuses requests before letting one probe through. Default 5000 ms. */
    cooldownMs: number;
}
/**
 * A circuit breaker for one region's endpoint: consecutive failures open it,
 * so requests go straight to the next region instead of waiting for a
 * timeout; after a cooldown one probe decides whether it closes again.
 */
export declare class CircuitBreaker {
    private readonly settings;
    private readonly now;
    private readonly changed;
    private state;
    private failures;
    private openedAt;
    private probing;
    constructor(settings: BreakerSettings, now: () => number, changed: (from: BreakerState, to: BreakerState) => void);
    get current(): BreakerState;
    /** Whether a request may go to this endpoint now; in half-open, only one probe at a time. */
    allows(): boolean;
    /** Marks the start of an attempt, so a half-open breaker sends one probe only; true when this attempt is the probe. */
    begin(): boolean;
    /** A probe that ended without an answer either way (a hedge won, the caller aborted): the next request may probe. */
    release(): void;
    /** Milliseconds until an open breaker lets a probe through. */
    get reopensInMs(): number;
    success(): void;
    failure(): void;
    private move;
}
