import type { DataMap } from '../data/data-map.js';
import type { AuditSink } from './audit.js';
import type { Receipt, RegionReceipt, SubjectExport } from './subject.js';
import type { Row, Table } from './table.js';
export type { AuditEntry, AuditSink, LineWriter } from './audit.js';
export { jsonLinesSink, memorySink } from './audit.js';
export { DataError } from './errors.js';
export type { DataMap, DataMapColumn, DataMapRegion, DataMapTable } from '../data/data-map.js';
export type { Receipt, RegionReceipt, SubjectExport } from './subject.js';
export type { FindOptions, Row, Table, WriteResult } from './table.js';
export interface OpenDataOptions {
    /** The data map: the object, or the JSON text of the `<service>-data` ConfigMap's data-map.json. */
    map: DataMap | string;
    /** The region this process runs in; default the map's own region. */
    region?: string;
    /** The database role the caller reads as: it gets the unclassified columns and the classified ones naming it a reader. */
    role: string;
    /** Why the data is read; written to every audit entry. */
    purpose: string;
    /** Where the database URLs are read from; default process.env. */
    env?: Record<string, string | undefined>;
    /** Where audit entries go; default JSON lines on stderr. */
    audit?: AuditSink;
    /** Per call, connecting and each statement; default 5000 ms. */
    timeoutMs?: number;
    /** Connections per region and role; default 10. */
    maxConnectionsPerRegion?: number;
}
export interface DataSubject {
    export(): Promise<SubjectExport>;
    erase(): Promise<Receipt>;
}
/**
 * Each table's row type by name. An interface such as `multiregion types` writes
 * has no index signature, so the bound is on its own keys, not Record<string, Row>.
 */
export type TableRows<Tables> = {
    [Name in keyof Tables]: object;
};
export interface Data<Tables extends TableRows<Tables> = Record<string, Row>> {
    table<Name extends keyof Tables & string>(name: Name): Table<Tables[Name]>;
    subject(id: string | number): DataSubject;
    retention: {
        run(): Promise<RegionReceipt[]>;
    };
    close(): Promise<void>;
}
export declare function openData<Tables extends TableRows<Tables> = Record<string, Row>>(options: OpenDataOptions): Data<Tables>;
