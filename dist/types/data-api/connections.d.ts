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
 * One pg pool per region and database role, opened on first use. Every
 * connection sets the caller's role at start-up (`-c role=...`, what SET ROLE
 * does), so the database checks each read and write against that role's
 * grants, not the login's, at no per-query cost. The deployment login needs
 * nothing of its own, only membership of the roles. The URL comes from the
 * environment variable the data map names, and never appears in an error,
 * nor does any value a statement was given.
 */
export declare class Connections {
    private readonly options;
    /** By region, then role. */
    private readonly pools;
    private readonly secrets;
    constructor(options: ConnectionOptions);
    private url;
    private pool;
    private fail;
    /** One statement on the region's database, as the role. */
    query(region: string, text: string, values: unknown[], role: string): Promise<Rows>;
    /** Statements in one transaction on the region's database, as the role; rolled back whole when one fails. */
    transaction<T>(region: string, role: string, body: (tx: Transaction) => Promise<T>): Promise<T>;
    close(): Promise<void>;
}
