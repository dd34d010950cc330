import type { DataMap } from '../data/data-map.js';
export interface ConnectionOptions {
    map: DataMap;
    env: Record<string, string | undefined>;
    /** Per call: connecting, and each statement. */
    timeoutMs: number;
    maxPerRegion: number;
}
/** A statement's result rows. */
export type Rows = Record<string, unknown>[];
/** Runs statements in one transaction on one connection. */
export type Transaction = (text: string, values: unknown[]) => Promise<Rows>;
/**
 * One pg pool per region and database role, opened on first use. Reads by a
 * reader role connect with that role set at start-up (`-c role=...`), so the
 * database's column grants back the library's own column filter, at no
 * per-query cost. The URL comes from the environment variable the data map
 * names, and never appears in an error.
 */
export declare class Connections {
    private readonly options;
    private readonly pools;
    private readonly secrets;
    constructor(options: ConnectionOptions);
    private url;
    private pool;
    private fail;
    /** One statement on the region's database, as the role when one is given. */
    query(region: string, text: string, values: unknown[], role?: string): Promise<Rows>;
    /** Statements in one transaction on the region's database; rolled back whole when one fails. */
    transaction<T>(region: string, body: (tx: Transaction) => Promise<T>): Promise<T>;
    close(): Promise<void>;
}
