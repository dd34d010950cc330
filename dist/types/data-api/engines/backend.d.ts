import type { DataMap } from '../../data/data-map.js';
/** What happened in one region: the rows found or changed per table, or why the region is not done. */
export interface RegionReceipt {
    region: string;
    ok: boolean;
    /** Rows per table. */
    rows: Record<string, number>;
    /** retention on an engine that deletes by itself (Spanner): rows past retention still waiting for its deletion, per table. */
    pending?: Record<string, number>;
    error?: string;
}
/** A statement's result rows. */
export type Rows = Record<string, unknown>[];
/** Runs statements in one transaction, as the transaction's role. */
export type Transaction = (text: string, values: unknown[], options?: Omit<QueryOptions, 'role'>) => Promise<Rows>;
export interface QueryOptions {
    /** Run as this database role (the caller's), so the database's grants back the library's own checks. */
    role: string;
    /** The table the statement reads, so values come back as the same JavaScript types on every engine. */
    table?: string;
    /** A read that may be this many seconds stale, served by the nearest replica (Spanner's bounded staleness). */
    maxStalenessSeconds?: number;
}
/**
 * What the API needs of an engine: its SQL dialect, and where a region's
 * rows live. table.ts and subject.ts build one statement for every engine
 * through the dialect, and decide residency before any backend call.
 */
export interface Backend {
    /** A quoted identifier of the engine's SQL. */
    ident(name: string): string;
    /** The placeholder of the n-th value (1-based), for a column of the manifest's type when known. */
    param(n: number, type?: string): string;
    /**
     * What follows a text column in ORDER BY and a cursor's comparisons so it
     * compares by code point, as the merge of several regions' pages does:
     * PostgreSQL's COLLATE "C"; Spanner compares STRING by UTF-8 bytes already.
     */
    readonly codePointOrder: string;
    /** The clause that makes INSERT, UPDATE and DELETE return these (already quoted) columns. */
    returning(columns: string): string;
    /**
     * The database a region's rows are kept in. A database per region
     * (postgres) answers the region; one cluster spanning regions (spanner)
     * answers one name for all of them, so a search or an erasure asks it once.
     */
    site(region: string): string;
    /** The value a by-row row stores in its region column for a region (Spanner stores the placement's name). */
    placementOf(region: string): string;
    query(region: string, text: string, values: unknown[], options?: QueryOptions): Promise<Rows>;
    /** Statements in one read-write transaction on the site of the region, as the role; rolled back whole when one fails. */
    transaction<T>(region: string, role: string, body: (tx: Transaction) => Promise<T>): Promise<T>;
    /**
     * An engine that deletes rows past retention by itself (Spanner's row
     * deletion policies) answers retention.run() here; without it the
     * generated retention functions run in every placed region.
     */
    retention?(map: DataMap, role: string): Promise<RegionReceipt[]>;
    close(): Promise<void>;
}
