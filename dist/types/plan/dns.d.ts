import type { Platform, Service } from '../manifest/model.js';
import type { FileEdit, Finding, RegionDns, RouteTable } from '../schema/generated.js';
import type { EnvRepoFiles } from './plan.js';
export interface RoutingPlan {
    routes?: RouteTable;
    regions: Map<string, {
        dns: RegionDns;
        edits: FileEdit[];
    }>;
    findings: Finding[];
}
interface RoutingInput {
    service: Service;
    platform: Platform;
    files: EnvRepoFiles;
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
