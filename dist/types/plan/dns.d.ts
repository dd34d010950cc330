import type { Platform, Service } from '../manifest/model.js';
import type { FileEdit, Finding, RegionDns, RouteTable } from '../schema/generated.js';
import type { EnvRepoFiles } from './env-files.js';
/** What the routing block changes in one region. */
export interface RegionRouting {
    dns: RegionDns;
    edits: FileEdit[];
    /** Generated files the region's kustomization must list, added on top of its image pin. */
    resources?: {
        path: string;
        names: string[];
    };
}
export interface RoutingPlan {
    routes?: RouteTable;
    regions: Map<string, RegionRouting>;
    findings: Finding[];
}
interface RoutingInput {
    service: Service;
    platform: Platform;
    /** Absent: the environments repository was not read; the records are checked as compiled. */
    files?: EnvRepoFiles;
    /** Region -> its wave; only regions being planned. */
    waves: ReadonlyMap<string, number>;
    claimed: ReadonlyMap<string, string>;
}
/**
 * The weights a region is raised through when it is below its target: the
 * steps of spec.routing.shift above its current weight, ending at the
 * target. A region with no weight yet joins at the first step.
 */
export declare function weightLadder(target: number, shift: readonly number[], current?: number): number[];
/**
 * Plans the routing block: per region the DNS records, the annotation edit
 * of its Service, the route table's ConfigMap and any DNSEndpoint or Gslb,
 * and the findings of checking every region's annotations together.
 */
export declare function planRouting(input: RoutingInput): RoutingPlan;
export {};
