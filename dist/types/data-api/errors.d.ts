/** Every error multiregion/data throws; `code` tells them apart without parsing messages. */
export declare class DataError extends Error {
    readonly code: 'residency' | 'unknown-table' | 'unknown-column' | 'not-readable' | 'not-allowed' | 'transfer' | 'bad-value' | 'bad-option' | 'bad-key' | 'bad-map' | 'no-url' | 'not-supported' | 'unavailable' | 'query';
    readonly region?: string | undefined;
    constructor(code: 'residency' | 'unknown-table' | 'unknown-column' | 'not-readable' | 'not-allowed' | 'transfer' | 'bad-value' | 'bad-option' | 'bad-key' | 'bad-map' | 'no-url' | 'not-supported' | 'unavailable' | 'query', message: string, region?: string | undefined);
}
/** Replaces every secret (a URL, its password) in a message with a mask, so errors can be logged. */
export declare function mask(message: string, secrets: readonly string[]): string;
/** Replaces every value a statement was given with a mask: an error message may be logged, a value may be personal. */
export declare function maskValues(message: string, values: readonly unknown[]): string;
