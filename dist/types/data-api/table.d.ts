import type { DataMap, DataMapTable } from '../data/data-map.js';
import type { AuditSink } from './audit.js';
import type { Connections } from './connections.js';
/** A row as the database returns it. */
export type Row = Record<string, unknown>;
export interface WriteResult<R extends object = Row> {
    /** Regions the statement ran in. */
    regions: string[];
    /** Rows written. */
    count: number;
    /** insert: the new row's key (the key columns the role may read). */
    key?: Partial<R>;
}
export interface FindOptions {
    limit?: number;
    /** by-row tables: search this region only. */
    region?: string;
}
export interface Table<R extends object = Row> {
    insert(row: Partial<R>): Promise<WriteResult<R>>;
    update(key: Partial<R> | string | number, patch: Partial<R>): Promise<WriteResult<R>>;
    delete(key: Partial<R> | string | number): Promise<WriteResult<R>>;
    get(key: Partial<R> | string | number): Promise<Partial<R> | undefined>;
    find(filter: Partial<R>, options?: FindOptions): Promise<Partial<R>[]>;
}
export interface Caller {
    map: DataMap;
    region: string;
    role: string;
    purpose: string;
    audit: AuditSink;
    connections: Connections;
}
/** The columns a role may read: every unclassified one, and the classified ones that name it a reader. */
export declare function readable(table: DataMapTable, role: string): string[];
export declare function tableOf(map: DataMap, name: string): DataMapTable;
export declare function openTable<R extends Row>(caller: Caller, name: string): Table<R>;
