import type { DataMap, DataMapTable } from '../data/data-map.js';
import type { AuditSink } from './audit.js';
import type { Backend, Transaction } from './engines/backend.js';
import { DataError } from './errors.js';
import type { Direction, Filter } from './query.js';
/** A row as the database returns it. */
export type Row = Record<string, unknown>;
export interface WriteResult<R extends object = Row> {
    /** Regions the statement ran in. */
    regions: string[];
    /** Rows written. */
    count: number;
    /** insert: the new row's key (the key columns the role may read). */
    key?: Partial<R>;
    /** update and delete of a by-row table: regions not searched because their rows may not be read from the caller's jurisdiction, and why. */
    skipped?: {
        region: string;
        reason: string;
    }[];
}
export interface ReadOptions {
    /** global tables: a read that may be this many seconds stale, answered by the nearest replica (Spanner's bounded staleness; PostgreSQL reads the local replica anyway). */
    maxStalenessSeconds?: number;
}
export interface FindOptions<R extends object = Row> extends ReadOptions {
    /** At most this many rows, 1 to 10,000; default 100. For stream, the rows fetched a page. */
    limit?: number;
    /** by-row tables: search this region only. */
    region?: string;
    /** The columns to return (a projection); default every column the role may read. */
    select?: (keyof R & string)[];
    /** The order, by column; the key breaks ties, so the order is total and the same across regions. */
    orderBy?: {
        [C in keyof R & string]?: Direction;
    };
    /** The next cursor of the previous page: the rows after it in this order. */
    after?: string;
}
export interface Page<R extends object = Row> {
    rows: Partial<R>[];
    /** Pass as `after` for the next page; absent on the last page. */
    next?: string;
    /** by-row tables: regions not searched because their rows may not be read from the caller's jurisdiction, and why. */
    skipped?: {
        region: string;
        reason: string;
    }[];
}
export interface Table<R extends object = Row> {
    insert(row: Partial<R>): Promise<WriteResult<R>>;
    update(key: Partial<R> | string | number, patch: Partial<R>): Promise<WriteResult<R>>;
    delete(key: Partial<R> | string | number): Promise<WriteResult<R>>;
    get(key: Partial<R> | string | number, options?: ReadOptions): Promise<Partial<R> | undefined>;
    /** Rows matching the filter; with orderBy, in that order across every region searched. */
    find(filter: Filter<R>, options?: FindOptions<R>): Promise<Partial<R>[]>;
    /** One page in a total order (orderBy, then the key), and the cursor of the next: stable across regions. */
    page(filter: Filter<R>, options?: FindOptions<R>): Promise<Page<R>>;
    /** Every matching row, a page at a time, without holding them all: for exports and large finds. */
    stream(filter: Filter<R>, options?: Omit<FindOptions<R>, 'after'>): AsyncIterable<Partial<R>>;
}
export interface Caller {
    map: DataMap;
    region: string;
    role: string;
    purpose: string;
    audit: AuditSink;
    /** HMAC of a filter's values for the audit entry. */
    hash: (filter: Row) => string;
    connections: Backend;
    /** Inside db.transaction(region, ...): the one region every statement must run in, on the transaction's connection. */
    pinned?: {
        region: string;
        run: Transaction;
    };
}
/**
 * The columns a role may read, as the migrations granted them: a role named
 * by the table (a reader of some column, or a writer) reads every
 * unclassified column and the classified ones naming it; any other role, none.
 */
export declare function readable(table: DataMapTable, role: string): string[];
/**
 * A read of rows resident in some jurisdictions from a region outside them is
 * a transfer (EDPB Guidelines 05/2021 count remote access as one; PIPL
 * article 38): refused unless the manifest declares it. A by-row table's rows
 * are resident where each is stored, so a read of the rows stored in `stored`
 * is a transfer unless the caller is in that region's jurisdiction: a table
 * resident in EU and CN does not let an EU region read CN rows. `transfers`
 * lists the jurisdictions that may read the rows remotely, whichever
 * jurisdiction holds them.
 */
export declare function transferRefusal(map: DataMap, name: string, here: string, stored?: string): DataError | undefined;
export declare function tableOf(map: DataMap, name: string): DataMapTable;
export declare function openTable<R extends object>(caller: Caller, name: string): Table<R>;
