import type { Platform, Service } from '../manifest/model.js';
import type { Finding } from '../schema/generated.js';
import type { RegionCapacity } from './resolve.js';
/** What one region serves at most, expects, and takes at worst when another region is down. */
export interface RegionHeadroom {
    /** Most pods × perPodRps. */
    capacityRps: number;
    /** Its own expected traffic (spec.capacity rps; 0 when not given). */
    rps: number;
    /** The failure that sends it the most traffic, and how much; undefined when none can. */
    worst?: {
        failed: string;
        receivedRps: number;
    };
}
/**
 * The traffic each region of the service takes when any one region is down,
 * from the routing block (record sets, policy, failover chain, weights) and
 * the platform's failoverWithin. A region whose most pods cannot serve its
 * own traffic is an error; one that cannot also take its worst share of a
 * failed region is a warning, at the manifest line of its maximum. Pure.
 */
export declare function failoverHeadroom(service: Service, platform: Platform, capacity: ReadonlyMap<string, RegionCapacity>): {
    regions: Map<string, RegionHeadroom>;
    findings: Finding[];
};
