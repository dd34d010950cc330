import type { RegionCapacityPlan } from '../schema/generated.js';
import type { RegionHeadroom } from './headroom.js';
import type { RegionCapacity } from './resolve.js';
/** The plan's record of a region's capacity and headroom, as the summary shows it. */
export declare function capacityPlan(c: RegionCapacity, h: RegionHeadroom | undefined): RegionCapacityPlan;
