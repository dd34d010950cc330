import type { CompiledGrpc } from './grpc.js';
import type { DnsRecord, RouteTable } from '../schema/generated.js';
import type { GslbStrategy } from './compile.js';
/** Whether a file is one multiregion wrote (its header), not a hand-written file of the same name. */
export declare function isGenerated(text: string): boolean;
/** The annotation k8gb reads a Service-backed Gslb's host name from (k8gb controllers/utils/annotations.go). */
export declare const K8GB_HOSTNAME = "k8gb.io/hostname";
/** The records with no Service behind them (failover nesting), in the DNSEndpoint form: provider-specific names, not annotations. */
export declare function renderDnsEndpoint(service: string, records: readonly DnsRecord[]): string;
/**
 * A k8gb Gslb for the region's Service: k8gb publishes the records itself.
 * A Service has no host name of its own, so k8gb reads it from the Gslb's
 * k8gb.io/hostname annotation and publishes nothing without it
 * (k8gb controllers/refresolver/lbservice/lbservice.go, GetServers).
 */
export declare function renderGslb(service: string, hostname: string, strategy: GslbStrategy): string;
/** The route table as a ConfigMap the service's clients mount (route-table.json), with only the region's row. */
export declare function renderRouteTableConfigMap(full: RouteTable, region: string, grpc?: Pick<CompiledGrpc, 'config' | 'hedging'>): string;
