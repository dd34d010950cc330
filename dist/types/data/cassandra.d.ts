import type { Migration } from './migration.js';
import type { DataModel, DataTable } from './model.js';
/** Replicas a keyspace keeps in each data center that may hold its rows. */
export declare const REPLICATION_FACTOR = 3;
export declare function cqlType(type: string): string;
/** Placement is per keyspace in Cassandra, so tables that may live in the same regions share one. */
export declare function keyspaceName(model: DataModel, table: DataTable): string;
/** Cassandra refuses keyspace names over 48 characters; long ones keep a hash so they stay distinct. */
export declare const KEYSPACE_NAME_LIMIT = 48;
/**
 * Keyspaces with a replica count per data center (0 outside the table's
 * regions), roles limited to the data centers of the tables they read, and
 * dynamic data masking for classified columns. Cassandra has no column
 * GRANT and UNMASK is per table, so a reader of one classified column
 * unmasks all of that table's; by-row tables replicate to every region of
 * their keyspace, as Cassandra cannot place single rows.
 */
export declare function compileCassandra(model: DataModel): Migration;
