import type { RegionCapacity } from './resolve.js';
/** The patch's annotation of the most pods the region may run, which the quota check of other services reads. */
export declare const MAX_REPLICAS_ANNOTATION = "multiregion.dev/max-replicas";
/**
 * The objects a person would write by hand for the region's capacity: an
 * autoscaling/v2 HorizontalPodAutoscaler on CPU, a policy/v1
 * PodDisruptionBudget. Undefined when the region needs neither (fixed
 * replicas and no budget).
 */
export declare function renderCapacityObjects(c: RegionCapacity): string | undefined;
/**
 * The strategic merge patch of the Deployment: its replica count when no
 * autoscaler owns it, its container's requests, and the most pods it may
 * run as an annotation (what the quota check sums).
 */
export declare function renderCapacityPatch(c: RegionCapacity): string;
