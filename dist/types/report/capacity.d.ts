import type { Plan } from '../schema/generated.js';
/** One line a region with capacity: pods, requests, and with traffic figures its worst failover case. */
export declare function capacityLines(plan: Plan, width: number): string[];
/** The Markdown table of the same, or undefined when no region has capacity. */
export declare function capacityMarkdown(plan: Plan): string | undefined;
