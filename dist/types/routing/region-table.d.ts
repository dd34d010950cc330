import type { RouteTable } from '../schema/generated.js';
/**
 * The format of a region's route-table.json, which the client library and
 * the Python reference runner read. Bumped on any change a reader written
 * for the previous format would misread; readers refuse any other version.
 * Version 2 gives each region of the row once, by name (endpoints from one
 * template); the tables of version 1 carried no version and repeated every
 * region's URL.
 */
export declare const REGION_ROUTE_TABLE_VERSION = 2;
/** What a region's clients mount: the route table's settings and the region's own row of it. */
export interface RegionRouteTable extends Omit<RouteTable, 'order' | 'endpoints'> {
    tableVersion: typeof REGION_ROUTE_TABLE_VERSION;
    /** The region the clients run in. */
    region: string;
    /** The regions its clients try, best first. */
    order: string[];
    /** The URL of every region of `order` not in `endpoints`, with `{region}` for its name. */
    endpoint?: string;
    /** The URLs the template does not give. */
    endpoints: Record<string, string>;
}
/** The URL of a region of a region's table: its own entry, else the template's. */
export declare function regionEndpoint(table: RegionRouteTable, region: string): string | undefined;
