import type { MeshFile, MeshRoutes } from './mesh.js';
export declare const ISTIO_FILE = "istio.yaml";
/**
 * Istio for one region: the shared name as a ServiceEntry (it is a DNS name,
 * not a mesh service) whose endpoints carry their region's locality; a
 * DestinationRule with locality failover in the route table's order, outlier
 * detection from the breaker and TLS origination to the regional endpoints;
 * and a VirtualService with the deadline, the attempts and a retryOn that
 * retries a non-idempotent request only when it was never sent. The
 * application calls http://<hostname>; the sidecar does the rest.
 * Field meanings: istio.io/latest/docs/reference/config/networking/.
 */
export declare function compileIstio(routes: MeshRoutes): MeshFile;
