import type { Platform, Service } from '../manifest/model.js';
import type { Finding, Plan } from '../schema/generated.js';
import type { SourceFile } from '../data/migration.js';
import type { Release } from './release.js';
export declare const PLAN_VERSION = 1;
/** The environments repository's files the planner may read, by path from its root. Absent paths do not exist. */
export type EnvRepoFiles = ReadonlyMap<string, string>;
export interface PlanInput {
    service: Service;
    platform: Platform;
    release: Release;
    files: EnvRepoFiles;
    /** Hostnames other services publish, with the service that owns each, to catch two services on one name. */
    claimedHostnames?: ReadonlyMap<string, string>;
    /** The hand-written SQL files of spec.data.migrations; absent when the manifest names none. */
    migrations?: readonly SourceFile[];
}
/** The plan with more findings, such as those of the shadow database check, in order and counted. */
export declare function withFindings(result: Plan, extra: readonly Finding[]): Plan;
/**
 * Plans a release of one service across its regions: the train's waves and,
 * per region, the environments repository edits that promote it. Pure: it
 * reads nothing but its arguments.
 */
export declare function plan(input: PlanInput): Plan;
