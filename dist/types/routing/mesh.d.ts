import type { RouteTable } from '../schema/generated.js';
/** Per-region breaker defaults, the client's (src/client/breaker.ts): 5 consecutive failures open it for 5 s. */
export declare const BREAKER_DEFAULTS: {
    readonly failures: 5;
    readonly cooldownMs: 5000;
};
/** Methods that may be sent twice: RFC 9110 section 9.2.2. */
export declare const IDEMPOTENT_METHODS: readonly ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"];
/** What every mesh and gRPC target is compiled from: one region's view of the route table. */
export interface MeshRoutes {
    service: string;
    /** The name the region's callers use: its own from spec.routing.hostnames, else the shared one. */
    hostname: string;
    /** The region the files are deployed in. */
    region: string;
    timeoutMs: number;
    deadlineMs: number;
    retries: number;
    hedgeMs?: number;
    retryBudget: RouteTable['retryBudget'];
    /** This region's regions to try, best first. */
    order: string[];
    endpoints: Record<string, string>;
    /** Each region's cloud location (platform location), which is the mesh's locality region. */
    locations: Record<string, string>;
    breaker: {
        failures: number;
        cooldownMs: number;
    };
}
/** A rule a target cannot express: reported as a finding (info unless said), never dropped in silence. */
export interface MeshNote {
    rule: string;
    message: string;
    /** warning: what the file promises does not happen unless someone acts. */
    severity?: 'info' | 'warning' | 'error';
}
export interface MeshFile {
    /** File name in the region's folder. */
    name: string;
    content: string;
    notes: MeshNote[];
}
/** One region's view of the route table, with the platform's locations and the name its callers use. */
export declare function meshRoutes(table: RouteTable, region: string, locations: Record<string, string>, hostname?: string): MeshRoutes;
/** A duration in the protobuf JSON form Istio and gRPC read ("1.5s"). */
export declare function protoDuration(ms: number): string;
export declare const MANAGED_BY: {
    'app.kubernetes.io/managed-by': string;
};
export declare function header(service: string, target: string): string;
