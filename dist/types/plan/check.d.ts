import type { Diagnostic } from '../manifest/diagnostic.js';
import type { Platform, Service } from '../manifest/model.js';
import type { SourceFile } from '../data/migration.js';
import type { DataPlan } from '../data/plan-data.js';
import type { Finding } from '../schema/generated.js';
import type { RegionCapacity } from '../capacity/resolve.js';
import type { RegionHeadroom } from '../capacity/headroom.js';
import type { Holding } from '../capacity/reservation.js';
import type { RoutingPlan } from './dns.js';
import type { EnvRepoFiles } from './env-files.js';
/** What every rule reads: the two files, and when the environments repository was read, its files. */
export interface CheckInput {
    service: Service;
    platform: Platform;
    /** Absent: the environments repository was not read, so the rules that read it do not run. */
    files?: EnvRepoFiles;
    /** Hostnames other services publish, with the service that owns each, to catch two services on one name. */
    claimedHostnames?: ReadonlyMap<string, string>;
    /** Region -> what the environments repository's other services hold there, for the regions with a quota. */
    reservations?: ReadonlyMap<string, readonly Holding[]>;
    /** The hand-written SQL files of spec.data.migrations; absent when the manifest names none. */
    migrations?: readonly SourceFile[];
}
export interface Checked {
    findings: Finding[];
    data?: DataPlan;
    routing: RoutingPlan;
    /** Region -> its wave, for the regions the platform knows. */
    waves: Map<string, number>;
    /** Each region's capacity from spec.capacity; empty without one. */
    capacity: {
        regions: Map<string, RegionCapacity>;
        headroom: Map<string, RegionHeadroom>;
    };
}
export declare const SEVERITY_ORDER: {
    readonly error: 0;
    readonly warning: 1;
    readonly info: 2;
};
export declare function toFinding(d: Diagnostic): Finding;
export declare function sortFindings(findings: Finding[]): void;
/**
 * Every rule that needs no release: the manifest against the platform, data
 * placement and compliance, routing and, when the environments repository
 * was read, the rules on its files. `validate` reports exactly these and
 * `plan` builds on them, so the two commands cannot disagree.
 */
export declare function checkService(input: CheckInput): Checked;
