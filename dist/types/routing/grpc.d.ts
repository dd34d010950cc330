import type { MeshNote, MeshRoutes } from './mesh.js';
/** The key of the gRPC service config in the route-table ConfigMap: retries, which every gRPC language applies. */
export declare const GRPC_CONFIG_KEY = "grpc-service-config.json";
/** The key of the hedging variant, for the implementations that apply hedgingPolicy. */
export declare const GRPC_HEDGING_CONFIG_KEY = "grpc-service-config.hedging.json";
/**
 * The gRPC implementations that apply a hedgingPolicy: grpc-java
 * (ManagedChannelServiceConfig), grpc-js (src/retrying-call.ts) and
 * grpc-dotnet (Grpc.Net.Client HedgingPolicy). grpc-go has no hedging
 * field in its service config (service_config.go, jsonMC) and C-core, under
 * C++, Python, Ruby and PHP, implements retries only (gRFC A6 status): both
 * ignore hedgingPolicy, and a method that carries it has no retryPolicy, so
 * they would lose every retry.
 */
export declare const HEDGING_LANGUAGES: readonly ["Java", "Node.js (grpc-js)", ".NET (Grpc.Net.Client)"];
export interface GrpcServiceConfig {
    methodConfig: Record<string, unknown>[];
    retryThrottling: {
        maxTokens: number;
        tokenRatio: number;
    };
}
export interface CompiledGrpc {
    /** Retries: what every gRPC language applies (GRPC_CONFIG_KEY). */
    config: GrpcServiceConfig;
    /** Hedging, for HEDGING_LANGUAGES only (GRPC_HEDGING_CONFIG_KEY); absent without a hedge. */
    hedging?: GrpcServiceConfig;
    notes: MeshNote[];
}
/**
 * gRPC service configs (github.com/grpc/grpc/blob/master/doc/service_config.md,
 * gRFC A6 for retries and hedging): the deadline as the method timeout,
 * retries across the attempts, only on UNAVAILABLE, and retryThrottling as
 * the retry budget, for every language; with a hedge, a second config whose
 * method hedges instead, for the languages that apply hedging. A method
 * carries a retryPolicy or a hedgingPolicy, never both (gRFC A6).
 */
export declare function compileGrpc(routes: MeshRoutes): CompiledGrpc;
/**
 * Whether a Kubernetes Service serves gRPC: a port whose appProtocol is grpc
 * (Kubernetes' Service.spec.ports[].appProtocol), or whose name is grpc or
 * grpc-<suffix>, the naming Istio reads a port's protocol from
 * (istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/).
 * Only then does what the gRPC service config cannot express concern the owner.
 */
export declare function declaresGrpc(serviceYaml: string): boolean;
