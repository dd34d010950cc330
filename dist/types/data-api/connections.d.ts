import type { DataMap } from '../data/data-map.js';
import type { Backend, QueryOptions, Rows, Transaction } from './engines/backend.js';
export type { Rows, Transaction } from './engines/backend.js';
export interface ConnectionOptions {
    map: DataMap;
    env: Record<string, string | undefined>;
    /** Per call: connecting, and each statement. */
    timeoutMs: number;
    maxPerRegion: number;
    /** Name each statement, so each connection parses and plans it once (off for a pooler that cannot keep them). */
    prepare: boolean;
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
    /** Prepared-statement names by statement text. */
    private readonly names;
    private named;
    /** Statements under way, for the one timer that ends those past their deadline. */
    private readonly pending;
    private sweeper;
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
    /**
     * A statement named after its text: PostgreSQL parses and plans a named
     * statement once per connection, and pg then sends no Parse, only Bind,
     * Describe, Execute and Sync (in one write, as for an unnamed one; pg still
     * asks for and parses the row description every time), which saves the
     * client building the Parse and the server its parse. An application runs a
     * few shapes of statement (table.ts builds each shape's text once), so a
     * bounded set of names covers them; past it a statement goes unnamed.
     */
    private statement;
    /**
     * Ends a statement still unanswered timeoutMs after it was asked, as pg's
     * query_timeout would, with one timer for every statement instead of one
     * each: it looks a tenth of timeoutMs apart, and stops while nothing is
     * under way. The ended statement's callback gets the error, so the pool
     * drops its connection (its late answer never reaches the next caller).
     */
    private watch;
    private sweep;
    /** One statement on the region's database, as the role. */
    query(region: string, text: string, values: unknown[], options: QueryOptions): Promise<Rows>;
    /** Statements in one transaction on the region's database, as the role; rolled back whole when one fails. */
    transaction<T>(region: string, role: string, body: (tx: Transaction) => Promise<T>): Promise<T>;
    close(): Promise<void>;
}
