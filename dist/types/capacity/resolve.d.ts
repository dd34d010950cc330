import type { Service } from '../manifest/model.js';
import type { CapacityAutoscaling, CapacityDisruptionBudget, CapacityRequests, Finding } from '../schema/generated.js';
/** The capacity one region runs: the manifest's spec.capacity with that region's overrides applied. */
export interface RegionCapacity {
    region: string;
    deployment: string;
    container: string;
    selector: Record<string, string>;
    /** Fixed pod count, or undefined under an autoscaler. */
    replicas?: number;
    autoscaling?: Required<CapacityAutoscaling>;
    requests?: CapacityRequests;
    disruptionBudget?: CapacityDisruptionBudget;
    perPodRps?: number;
    rps?: number;
    /** The most pods the region may run: replicas, or autoscaling.max. */
    max: number;
    /** The manifest path of the key that sets `max`, for findings about it. */
    maxPath: (string | number)[];
}
export declare const DEFAULT_CPU_UTILIZATION = 70;
/**
 * Each region's capacity, or none when the manifest has no spec.capacity,
 * and the findings of a block that cannot be applied (both replicas and
 * autoscaling, min above max, an override for a region the service does not
 * run). A region with neither replicas nor autoscaling gets no capacity.
 */
export declare function resolveCapacity(service: Service): {
    regions: Map<string, RegionCapacity>;
    findings: Finding[];
};
