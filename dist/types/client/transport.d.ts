import type { Dispatcher } from 'undici';
import type { Body } from './body.js';
/** A response read whole, before the client hands it to the caller. */
export interface Sent {
    status: number;
    statusText: string;
    /** Name, value, name, value... as they came on the wire. */
    rawHeaders: Buffer[];
    body: Buffer;
}
export declare function neverSent(error: unknown): boolean;
/**
 * undici refused the request itself before sending it anywhere (a header value
 * with CR LF, a framing header such as transfer-encoding, a body of the wrong
 * type): the caller's mistake, which every region would refuse alike.
 */
export declare function invalidRequest(error: unknown): boolean;
/**
 * One attempt on the wire, as an undici dispatch handler: collects the body
 * into chunks and calls `done` once. No Readable stream, no fetch Response
 * and no AbortController per attempt: on loopback each of those costs more
 * than the request itself.
 */
export declare class Exchange implements Dispatcher.DispatchHandler {
    private readonly done;
    private abort;
    private cancelled;
    private finished;
    private status;
    private statusText;
    private rawHeaders;
    private readonly chunks;
    constructor(done: (error: unknown, sent: Sent | undefined) => void);
    /** Stops the attempt; `done` is called with `reason` at once, whether or not it had a connection yet. */
    cancel(reason: Error): void;
    private end;
    onConnect(abort: (reason?: Error) => void): void;
    onHeaders(statusCode: number, rawHeaders: Buffer[], _resume: () => void, statusText: string): boolean;
    onData(chunk: Buffer): boolean;
    onComplete(): void;
    onError(error: Error): void;
}
/**
 * One region's endpoint: an undici connection pool with keep-alive. When the
 * region's breaker opens, `drainIdle` swaps in a fresh pool and closes the
 * old one gracefully: its idle connections close now, and requests already
 * in flight (a POST the caller could not safely repeat) finish first.
 */
export declare class Endpoint {
    readonly base: URL;
    private readonly connections;
    private pool;
    /** `connections`: the most this endpoint opens; undici queues requests beyond them. */
    constructor(base: URL, connections: number);
    /** The path as `new URL(path, base)` resolves it, without building a URL for the usual absolute path. */
    private pathOf;
    /** Closes idle connections at once and the busy ones once their request ends; later requests open new ones. */
    drainIdle(): void;
    close(): Promise<void>;
    /** Sends one request and reads the whole response; the exchange's `cancel` stops it. */
    send(path: string, method: string, headers: Record<string, string> | undefined, body: Body | undefined, done: (error: unknown, sent: Sent | undefined) => void): Exchange;
}
