import type { Platform, Service } from '../manifest/model.js';
import type { Finding, RouteTable } from '../schema/generated.js';
/** Finagle's default retry budget: retries may add 20% to the requests, plus a floor of 10 a second. */
export declare const RETRY_BUDGET: {
    readonly ratio: 0.2;
    readonly minPerSecond: 10;
};
/**
 * Connections a client keeps to each region at most: a burst queues in the
 * client instead of opening a socket per request, which overflowed the
 * server's listen backlog (Node's default is 511) and failed on the
 * connect timeout rather than the attempt timeout.
 */
export declare const MAX_CONNECTIONS = 128;
/**
 * The jurisdictions whose regions never fail over abroad (spec.routing.failoverWithin,
 * and those of the compliance packs) and, of those, the ones that receive no
 * failover from abroad either (the packs'), unless the platform allows it
 * (spec.routing.allowFailoverAbroad).
 */
export declare function confinement(platform: Platform): {
    outgoing: Set<string>;
    both: Set<string>;
};
/** What the client library needs: endpoints, timeouts, retries, and per client region the order to try. */
export declare function routeTable(service: Service, platform: Platform): RouteTable | undefined;
/**
 * A region in a jurisdiction the platform confines (spec.routing.failoverWithin)
 * must not fail over abroad: in a failover chain no region after it may be
 * outside, and in any other record set every member answers for every other,
 * so all must be inside.
 */
export declare function checkJurisdiction(service: Service, platform: Platform): Finding[];
