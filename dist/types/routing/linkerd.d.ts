import type { MeshFile, MeshRoutes } from './mesh.js';
/**
 * A Linkerd ServiceProfile for the shared name: idempotent methods are
 * retryable, others not; every route has the deadline as its timeout; the
 * retry budget is the route table's. Linkerd matches a request to the first
 * route whose condition it meets, so the idempotent route comes first and
 * the catch-all last (linkerd.io/2/reference/service-profiles/).
 */
export declare function compileLinkerd(routes: MeshRoutes): MeshFile;
