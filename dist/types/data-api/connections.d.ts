import type { DataMap } from '../data/data-map.js';
import type { Backend, QueryOptions, Rows, Transaction } from './engines/backend.js';
export type { Rows, Transaction } from './engines/backend.js';
export interface ConnectionOptions {
    map: DataMap;
    env: Record<string, string | undefined>;
    /** Per call: connecting, and each statement. */
    timeoutMs: number;
    maxPerRegion: number;
}
/**
 * One pg pool per region and database role, opened on first use. Every
 * connection sets the caller's role at start-up (`-c role=...`, what SET ROLE
 * does), so the database checks each read and write against that role's
 * grants, not the login's, at no per-query cost. The deployment login needs
 * nothing of its own, only membership of the roles. The URL comes from the
 * environment variable the data map names, and never appears in an error,
 * nor does any value a statement was given.
 */
export declare class Connections implements Backend {
    private readonly options;
    /** By region, then role. */
    private readonly pools;
    private readonly secrets;
    constructor(options: ConnectionOptions);
    readonly codePointOrder = " COLLATE \"C\"";
    ident(name: string): string;
    param(n: number): string;
    returning(columns: string): string;
    /** A database per region. */
    site(region: string): string;
    placementOf(region: string): string;
    private url;
    private pool;
    private fail;
    /** One statement on the region's database, as the role. */
    query(region: string, text: string, values: unknown[], options: QueryOptions): Promise<Rows>;
    /** Statements in one transaction on the region's database, as the role; rolled back whole when one fails. */
    transaction<T>(region: string, role: string, body: (tx: Transaction) => Promise<T>): Promise<T>;
    close(): Promise<void>;
}
