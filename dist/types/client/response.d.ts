/**
 * The answer to a regional request: the reading half of fetch's `Response`
 * (status, ok, headers, text, json, arrayBuffer, bytes, blob) over a body the
 * client has already read whole. Building a real `Response` and reading it
 * back cost about a fifth of a request on loopback; `toResponse()` makes one
 * for code that needs it. The body is buffered, so it can be read more than
 * once.
 */
export declare class RegionalResponse {
    private readonly sent;
    /** The region that answered. */
    readonly region: string;
    private headerCache;
    get status(): number;
    get statusText(): string;
    get ok(): boolean;
    /** The response headers, built on first use. */
    get headers(): Headers;
    text(): Promise<string>;
    json<T = unknown>(): Promise<T>;
    bytes(): Promise<Uint8Array>;
    arrayBuffer(): Promise<ArrayBuffer>;
    blob(): Promise<Blob>;
    /** A fetch `Response` with the same status, headers and body. */
    toResponse(): Response;
}
