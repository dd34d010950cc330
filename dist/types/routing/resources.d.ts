import type { DnsRecord, RouteTable } from '../schema/generated.js';
import type { GslbStrategy } from './compile.js';
/** Files the toolkit writes whole; a person's edits to them are replaced on the next promotion. */
export declare const GENERATED_FILES: {
    readonly routeTable: "route-table.yaml";
    readonly dnsEndpoint: "dnsendpoint.yaml";
    readonly gslb: "gslb.yaml";
};
/** The records with no Service behind them (failover nesting), in the DNSEndpoint form: provider-specific names, not annotations. */
export declare function renderDnsEndpoint(service: string, records: readonly DnsRecord[]): string;
/** A k8gb Gslb for the region's Service: k8gb publishes the records itself. */
export declare function renderGslb(service: string, strategy: GslbStrategy): string;
/** The route table as a ConfigMap the service's clients mount (route-table.json). */
export declare function renderRouteTableConfigMap(table: RouteTable, region: string): string;
