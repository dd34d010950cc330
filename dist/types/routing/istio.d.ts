import type { MeshFile, MeshRoutes } from './mesh.js';
/** The label that ranks a ServiceEntry endpoint: rank-le-k is "true" on endpoints the route table tries k-th or earlier. */
export declare const RANK_LABEL = "multiregion.dev/rank-le-";
/**
 * Istio for one region: the region's name (spec.routing.hostnames, else the
 * shared one) as a ServiceEntry (it is a DNS name, not a mesh service) whose
 * endpoints are the route table's row for the region, ranked by labels; a
 * DestinationRule whose failoverPriority turns the ranks into Envoy
 * priorities, with outlier detection from the breaker and TLS origination to
 * the regional endpoints; and a VirtualService with the deadline, the
 * attempts, retries to the next priority, and a retryOn that retries a
 * non-idempotent request only when it was never sent. The application calls
 * http://<hostname>; the sidecar does the rest.
 * Field meanings: istio.io/latest/docs/reference/config/networking/.
 */
export declare function compileIstio(routes: MeshRoutes): MeshFile;
