import type { MeshNote, MeshRoutes } from './mesh.js';
/** The key of the gRPC service config in the route-table ConfigMap. */
export declare const GRPC_CONFIG_KEY = "grpc-service-config.json";
export interface GrpcServiceConfig {
    methodConfig: Record<string, unknown>[];
    retryThrottling: {
        maxTokens: number;
        tokenRatio: number;
    };
}
/**
 * A gRPC service config (github.com/grpc/grpc/blob/master/doc/service_config.md,
 * gRFC A6 for retries and hedging) that every gRPC client reads: the
 * deadline as the method timeout, retries or hedging across the attempts,
 * only on UNAVAILABLE, and retryThrottling as the retry budget.
 */
export declare function compileGrpc(routes: MeshRoutes): {
    config: GrpcServiceConfig;
    notes: MeshNote[];
};
/**
 * Whether a Kubernetes Service serves gRPC: a port whose appProtocol is grpc
 * (Kubernetes' Service.spec.ports[].appProtocol), or whose name is grpc or
 * grpc-<suffix>, the naming Istio reads a port's protocol from
 * (istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/).
 * Only then does what the gRPC service config cannot express concern the owner.
 */
export declare function declaresGrpc(serviceYaml: string): boolean;
