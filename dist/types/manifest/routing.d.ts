import type { RoutingSpec } from '../schema/generated.js';
/** What the manifest's routing block means where it says nothing. */
export declare const ROUTING_DEFAULTS: {
    readonly policy: "latency";
    readonly ttl: 60;
    readonly timeout: "2s";
    readonly retries: 2;
    readonly weight: 100;
    readonly alias: true;
};
/** A name as DNS compares it: case-insensitive, the root's trailing dot implied (RFC 4343). */
export declare function normalName(name: string): string;
/** The hostname a region publishes: its override, or the shared one, normalised. */
export declare function hostnameOf(routing: RoutingSpec, region: string): string;
