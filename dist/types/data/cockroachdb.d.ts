import type { Migration } from './migration.js';
import type { DataModel } from './model.js';
/**
 * One schema for the whole multi-region cluster: database regions, a super
 * region per jurisdiction that residency names, and each table's locality,
 * TTL, reader views and classification comments.
 */
export declare function compileCockroach(model: DataModel): Migration;
