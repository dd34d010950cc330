import type { RouteTable } from '../schema/generated.js';
import type { RegionRouteTable } from '../routing/region-table.js';
import type { BreakerSettings, BreakerState } from './breaker.js';
import { RegionalResponse } from './response.js';
import type { Body } from './body.js';
export type { RetryBudget as RetryBudgetSettings, RouteTable } from '../schema/generated.js';
export type { RegionRouteTable } from '../routing/region-table.js';
export type { BreakerSettings, BreakerState } from './breaker.js';
export type { Body } from './body.js';
export { RegionalResponse } from './response.js';
export interface BackoffSettings {
    /** The first backoff before a region is tried again in the same request is a random share of this. Default 25 ms. */
    baseMs: number;
    /** Doubling stops here. Default 1000 ms. */
    maxMs: number;
}
export interface ClientOptions {
    /** The caller's region: its row of the route table decides the order regions are tried in. */
    region: string;
    /** Overrides of the route table's settings, for tests and special callers. */
    timeoutMs?: number;
    deadlineMs?: number;
    retries?: number;
    /** Hedge delay in ms; null turns hedging off whatever the table says. */
    hedgeMs?: number | null;
    retryBudget?: {
        ratio: number;
        minPerSecond: number;
    };
    /** Connections to each region at most (the table's maxConnections); requests beyond wait in a queue. */
    maxConnections?: number;
    breaker?: Partial<BreakerSettings>;
    /** Backoff before a region already tried in the request is tried again. */
    backoff?: Partial<BackoffSettings>;
    /** Source of jitter in [0, 1); Math.random unless a test pins it. */
    random?: () => number;
}
export interface RegionalInit {
    method?: string;
    headers?: Record<string, string>;
    /** A string or bytes, so that a retry can send it again. */
    body?: Body;
    signal?: AbortSignal;
    /** Overrides the method's idempotency: true lets a POST be retried, false keeps a GET from it. */
    idempotent?: boolean;
}
export type AttemptOutcome = 'response' | 'failed-status' | 'error' | 'timeout' | 'cancelled';
export type ClientEvent = {
    type: 'attempt';
    request: number;
    attempt: number;
    region: string;
    hedge: boolean;
    /** The attempt's timeout: the smaller of the per-attempt timeout and what is left of the deadline. */
    timeoutMs: number;
    remainingMs: number;
} | {
    type: 'attempt-end';
    request: number;
    attempt: number;
    region: string;
    outcome: AttemptOutcome;
    status?: number;
    error?: string;
    elapsedMs: number;
} | {
    type: 'hedge';
    request: number;
    from: string;
    to: string;
    afterMs: number;
} | {
    type: 'failover';
    request: number;
    from: string;
    to: string;
} | {
    type: 'backoff';
    request: number;
    region: string;
    delayMs: number;
} | {
    type: 'retry-denied';
    request: number;
    reason: 'not-idempotent' | 'retries' | 'budget' | 'deadline';
} | {
    type: 'breaker';
    region: string;
    from: BreakerState;
    to: BreakerState;
} | {
    type: 'done';
    request: number;
    ok: boolean;
    attempts: number;
    region?: string;
    status?: number;
    elapsedMs: number;
    deadlineMs: number;
};
/**
 * Why a request failed without a response: every attempt failed, the deadline
 * passed, the caller aborted, no region was left to try, or the request was
 * invalid (refused before it was sent, such as a header value with CR LF).
 */
export declare class RegionalFetchError extends Error {
    readonly kind: 'failed' | 'deadline' | 'aborted' | 'no-region' | 'invalid';
    readonly attempts: number;
    readonly elapsedMs: number;
    constructor(message: string, kind: 'failed' | 'deadline' | 'aborted' | 'no-region' | 'invalid', attempts: number, elapsedMs: number, options?: {
        cause?: unknown;
    });
}
/**
 * The listening half of the client's node:events EventEmitter, typed by event, so
 * the declarations a TypeScript user compiles against need no Node.js types.
 */
export interface ClientEvents {
    on<T extends ClientEvent['type']>(type: T, listener: (event: Extract<ClientEvent, {
        type: T;
    }>) => void): this;
    on(type: 'event', listener: (event: ClientEvent) => void): this;
    off<T extends ClientEvent['type']>(type: T, listener: (event: Extract<ClientEvent, {
        type: T;
    }>) => void): this;
    off(type: 'event', listener: (event: ClientEvent) => void): this;
    once<T extends ClientEvent['type']>(type: T, listener: (event: Extract<ClientEvent, {
        type: T;
    }>) => void): this;
    once(type: 'event', listener: (event: ClientEvent) => void): this;
}
export interface RegionalFetch {
    (path: string, init?: RegionalInit): Promise<RegionalResponse>;
    /** Emits each ClientEvent under its type, and every one under 'event'. */
    readonly events: ClientEvents;
    /** The order regions are tried in from this client's region. */
    readonly order: readonly string[];
    /** Closes every kept-alive connection; requests in flight fail. */
    close(): Promise<void>;
}
/**
 * The regions a caller in `region` tries, best first, and their endpoints.
 * The only place that reads the route table's layout: the plan's whole
 * table (every caller region's row, `order` by region), or a region's
 * route-table.json (format REGION_ROUTE_TABLE_VERSION: its own row,
 * endpoints from a template). A table of another format version is
 * refused, not guessed at.
 */
export declare function routeFor(table: RouteTable | RegionRouteTable, region: string): {
    order: string[];
    endpoints: Record<string, string>;
};
/**
 * A fetch-like function that reaches the service in the best region for the
 * caller and fails over: nearest region first, then the manifest's failover
 * order; a per-attempt timeout inside one total deadline; retries only for
 * idempotent requests (or ones that never left the client), within a retry
 * budget shared by all requests; a jittered backoff before a region is
 * tried again; optional hedging to the next region; a circuit breaker per
 * region. Responses are read whole before they are returned, so an
 * attempt's timeout covers the body too.
 */
export declare function createClient(table: RouteTable | RegionRouteTable, options: ClientOptions): RegionalFetch;
