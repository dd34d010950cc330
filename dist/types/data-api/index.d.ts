import type { DataMapFile } from '../data/data-map.js';
import type { AuditSink } from './audit.js';
import type { ExportOptions, Receipt, RegionReceipt, SubjectExport, SubjectRequest } from './subject.js';
import type { Row, Table } from './table.js';
export type { AuditEntry, AuditSink, LineWriter } from './audit.js';
export { jsonLinesSink, memorySink } from './audit.js';
export { DataError } from './errors.js';
export type { DataMap, DataMapColumn, DataMapFile, DataMapFileTable, DataMapRegion, DataMapTable } from '../data/data-map.js';
export type { ExportOptions, ExportRow, Receipt, RegionReceipt, SubjectExport, SubjectRequest } from './subject.js';
export type { FindOptions, ReadOptions, Row, Table, WriteResult } from './table.js';
/** engine spanner: an @google-cloud/spanner client, typed by what the API calls so the published types need no Spanner package. */
export interface SpannerClient {
    instance(name: string): unknown;
    close(): unknown;
}
export interface OpenDataOptions {
    /** The data map: the object, or the JSON text of the `<service>-data` ConfigMap's data-map.json. */
    map: DataMapFile | string;
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
    /**
     * The key audit entries hash looked-up values with (HMAC-SHA256); default
     * MULTIREGION_AUDIT_KEY. Required when the role can read classified columns
     * or run subject requests: an auditor checks a hash with it. Never empty.
     */
    auditKey?: string;
    /** Per call, connecting and each statement; default 5000 ms. */
    timeoutMs?: number;
    /** Connections per region and role; default 10. */
    maxConnectionsPerRegion?: number;
    /**
     * engine postgres: name each statement so every connection parses and
     * plans it once (default true). Set false behind a pooler that does not
     * keep prepared statements per client: PgBouncer in transaction or
     * statement mode before 1.21, or from 1.21 without max_prepared_statements.
     */
    prepareStatements?: boolean;
    /** engine spanner: the client to use (its credentials and endpoint, such as the emulator's); default a client for the map's project with Application Default Credentials. */
    spannerClient?: SpannerClient;
}
export interface DataSubject {
    /** With onRow, rows stream to it a page at a time and are not kept. */
    export(options?: ExportOptions): Promise<SubjectExport>;
    erase(): Promise<Receipt>;
}
/**
 * Each table's row type by name. An interface such as `multiregion types` writes
 * has no index signature, so the bound is on its own keys, not Record<string, Row>.
 */
export type TableRows<Tables> = {
    [Name in keyof Tables]: object;
};
/** The subject requests recorded in the subjects' home region, for a job that finishes what an outage left. */
export interface SubjectRequests {
    list(filter?: {
        complete?: boolean;
    }): Promise<SubjectRequest[]>;
    /** Runs a recorded request again and updates its record; complete once every region and replica is done. */
    resume(request: string): Promise<Receipt>;
}
export interface Data<Tables extends TableRows<Tables> = Record<string, Row>> {
    table<Name extends keyof Tables & string>(name: Name): Table<Tables[Name]>;
    /** Export and erasure of one data subject; only for the roles in spec.data.subjectRequests.roles. */
    subject(id: string | number): DataSubject;
    subjectRequests: SubjectRequests;
    /**
     * Calls in one database transaction in one region, as the handle's role:
     * committed when body resolves, rolled back whole when it throws. A call
     * that would reach another region is refused; by-row searches stay here.
     */
    transaction<T>(region: string, body: (tx: {
        table<Name extends keyof Tables & string>(name: Name): Table<Tables[Name]>;
    }) => Promise<T>): Promise<T>;
    retention: {
        run(): Promise<RegionReceipt[]>;
    };
    close(): Promise<void>;
}
export declare function openData<Tables extends TableRows<Tables> = Record<string, Row>>(options: OpenDataOptions): Data<Tables>;
