import type { Finding, Plan } from '../schema/generated.js';
import type { CheckInput } from './check.js';
import type { EnvRepoFiles } from './env-files.js';
import type { Release } from './release.js';
export type { EnvRepoFiles } from './env-files.js';
export declare const PLAN_VERSION = 1;
export interface PlanInput extends CheckInput {
    release: Release;
    files: EnvRepoFiles;
}
/** The plan with more findings, such as those of the shadow database check, in order and counted. */
export declare function withFindings(result: Plan, extra: readonly Finding[]): Plan;
/**
 * Plans a release of one service across its regions: the train's waves and,
 * per region, the environments repository edits that promote it. Pure: it
 * reads nothing but its arguments.
 */
export declare function plan(input: PlanInput): Plan;
