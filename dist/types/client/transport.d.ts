export type Body = string | Uint8Array;
export interface Sent {
    status: number;
    statusText: string;
    headers: Headers;
    body: Buffer;
}
/**
 * One region's endpoint with its own keep-alive pool, so that the pool can
 * be dropped when the region's breaker opens: kept-alive sockets to a sick
 * region would otherwise be reused after it recovers, or hang.
 */
export declare class Endpoint {
    readonly base: URL;
    private agent;
    constructor(base: URL);
    private newAgent;
    /** Closes every pooled connection; later requests open new ones. */
    drop(): void;
    close(): void;
    /**
     * Sends one request and reads the whole response. `cancel` destroys the
     * request, which rejects `response` with the reason given; no
     * AbortController per attempt, which costs more than the request on
     * loopback.
     */
    send(path: string, method: string, headers: Record<string, string>, body: Body | undefined): {
        response: Promise<Sent>;
        cancel: (reason: Error) => void;
    };
}
