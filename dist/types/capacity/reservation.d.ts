import type { Platform, Service } from '../manifest/model.js';
import type { Finding } from '../schema/generated.js';
import type { RegionCapacity } from './resolve.js';
/** What one service may request at most in a region: its most pods × its requests per pod. */
export interface Holding {
    service: string;
    cpuMillis: number;
    memoryBytes: number;
}
/**
 * What a capacity patch of another service (capacity-patch.yaml, as `plan`
 * writes it) holds: the max-replicas annotation × the requests of its
 * container. Undefined for a file that does not say both, which holds
 * nothing the planner can count.
 */
export declare function holdingOf(service: string, text: string): Holding | undefined;
/** The service's own holding in a region, or undefined when its capacity names no requests. */
export declare function ownHolding(service: string, c: RegionCapacity): Holding | undefined;
/**
 * Refuses a service whose maximum, with what every other service of the
 * environments repository holds in the region, goes over the region's
 * quota for services (platform.yaml spec.regions.<region>.quota), as a
 * ResourceQuota on requests.cpu and requests.memory would refuse its pods.
 * The finding names the services that hold the rest. Pure.
 */
export declare function checkQuota(service: Service, platform: Platform, capacity: ReadonlyMap<string, RegionCapacity>, others: ReadonlyMap<string, readonly Holding[]>): Finding[];
