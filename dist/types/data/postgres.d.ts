import type { Migration } from './migration.js';
import type { DataColumn, DataModel, DataTable } from './model.js';
/** PostgreSQL truncates names past 63 bytes; long generated names keep a hash so they stay distinct. */
export declare function objectName(...parts: string[]): string;
export declare function publicationName(table: DataTable, subscriber: string): string;
/** Replication slots take the subscription's name and are per publisher cluster, which several services may share. */
export declare function subscriptionName(model: DataModel, table: DataTable, subscriber: string): string;
export declare const RETENTION_FUNCTION_PREFIX = "mr_retention_";
/**
 * Stands where a subscription's connection string goes. The URL is a secret,
 * so the plan and the history hold this literal and the runner swaps in the
 * publisher's URL when it executes the statement.
 */
export declare function publisherPlaceholder(region: string): string;
export declare const PUBLISHER_PLACEHOLDER: RegExp;
/**
 * A \gexec query's column of this name holds statements for another region's
 * publisher, not this database: each value starts with a line naming the
 * region (`-- multiregion:runs-on us-east`). Only generated files may use it:
 * the runner holds the publisher's credentials, not the file's author.
 */
export declare const ON_PUBLISHER_COLUMN = "multiregion:on-publisher";
export declare const RUNS_ON: RegExp;
/** The timestamp a retention job compares against: created_at, else the first timestamp column. */
export declare function retentionColumn(table: DataTable): DataColumn | undefined;
/** Whether every name and type in the table is safe to compile; the lint reports the rest. */
export declare function compilable(table: DataTable): boolean;
/** The COMMENT ON TABLE that marks a table as the manifest's: what the prune step recognises. */
export declare const TABLE_TAG = "{\"multiregion\":";
/** The columns erase: nullify sets to NULL: the personal, nullable, non-key ones other than the subject column. */
export declare function nullified(table: DataTable): string[];
/** The one policy on a by-row table. */
export declare const ROW_POLICY = "multiregion_rows_in_region";
/** The comment that marks publications and subscriptions as this service's, so the prune steps find them. */
export declare function objectTag(model: DataModel): string;
/**
 * The generated migrations of one region, in the order they run: the
 * subscriptions the manifest no longer has are dropped, then tables (and
 * those no longer placed here pruned), then privileges, row security,
 * comments and retention, then the publications this region serves (and
 * those no longer wanted dropped), then its subscriptions.
 */
export declare function compilePostgres(model: DataModel, regionName: string): Migration[];
