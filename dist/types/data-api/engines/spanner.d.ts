import type { Spanner } from '@google-cloud/spanner';
import type { DataMap } from '../../data/data-map.js';
import type { Backend, QueryOptions, RegionReceipt, Rows, Transaction } from './backend.js';
export interface SpannerBackendOptions {
    map: DataMap;
    /** A client the caller built (credentials, endpoint, emulator); default one for the map's project. */
    client?: Spanner;
    timeoutMs: number;
}
/**
 * multiregion/data on Cloud Spanner: one database for every region, so a
 * region is a placement of rows, not a connection. Sessions open with the
 * caller's database role (fine-grained access control enforces the column
 * grants the migrations create); the API filters columns itself as well,
 * since the emulator has no roles. Values come back as on PostgreSQL.
 */
export declare class SpannerBackend implements Backend {
    private readonly options;
    private client;
    private instance;
    private readonly databases;
    private readonly target;
    private readonly regionOfPlacement;
    constructor(options: SpannerBackendOptions);
    /** GoogleSQL compares STRING by its UTF-8 bytes, which is code point order. */
    readonly codePointOrder = "";
    ident(name: string): string;
    param(n: number, type?: string): string;
    returning(columns: string): string;
    /** Every region's rows are in the one database. */
    site(): string;
    placementOf(region: string): string;
    /** A session pool per database role: Spanner's fine-grained access control checks each statement against that role's grants. */
    private database;
    /** Named parameters @p1 or @p1_<type>; a NULL of no known type is sent as a STRING. */
    private request;
    /** A row as pg returns it: bigint and NUMERIC as strings, INT64 of smaller types and FLOAT64 as numbers, TIMESTAMP as a Date, a by-row region by its name. */
    private rows;
    private value;
    private fail;
    private tableOf;
    query(_region: string, text: string, values: unknown[], options: QueryOptions): Promise<Rows>;
    transaction<T>(_region: string, role: string, body: (tx: Transaction) => Promise<T>): Promise<T>;
    /**
     * Spanner deletes rows past retention itself, by the row deletion policy
     * the migrations create, within about three days of their expiry. run()
     * checks that each policy is the one the manifest asks for and counts the
     * rows past it that wait for deletion; it deletes nothing.
     */
    retention(map: DataMap, role: string): Promise<RegionReceipt[]>;
    close(): Promise<void>;
}
