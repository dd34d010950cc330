import type { Migration } from './migration.js';
import type { DataModel, DataTable } from './model.js';
/** The manifest speaks PostgreSQL types; Spanner's GoogleSQL has its own names. */
export declare function spannerType(type: string): string;
/** Placement names are identifiers, so a region's hyphens become underscores: us-east is placed in us_east. */
export declare function placementName(regionName: string): string;
/** The row deletion policy a table's retention compiles to: rows older than whole days by its timestamp column. */
export declare function rowDeletionPolicy(t: DataTable): {
    column: string;
    days: number;
} | undefined;
/**
 * One schema for the database in its multi-region instance config: the
 * default leader in the first region to migrate, placements for by-row
 * tables, fine-grained access control with column-level SELECT and row
 * deletion policies. Residency itself is the instance config's job: pick
 * one whose replicas all sit in the allowed geography.
 */
export declare function compileSpanner(model: DataModel): Migration;
