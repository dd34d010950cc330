import type { Platform, Service } from '../manifest/model.js';
import type { ManagedKey } from './annotations.js';
import type { YamlPath } from '../manifest/yaml-source.js';
import type { DnsRecord, Finding } from '../schema/generated.js';
/** Route 53 is the only provider whose routing policies ExternalDNS publishes (routing-anchors.md §0.2). */
export declare const ROUTING_PROVIDERS: Set<string>;
/** One region's share of the service's DNS: what its Service carries and what else it publishes. */
export interface RegionDnsPlan {
    region: string;
    provider: string;
    zone: string;
    prefix: string;
    hostname: string;
    /** The record on the region's Service, or undefined when the region publishes none. */
    service?: DnsRecord;
    /** Records of the DNSEndpoint this region carries for failover beyond two tiers. */
    endpoint: DnsRecord[];
    /** The k8gb Gslb strategy when the region's provider is k8gb. */
    gslb?: GslbStrategy;
    /** Where each managed annotation's value comes from in the manifest. */
    origins: Partial<Record<ManagedKey, YamlPath>>;
}
export interface GslbStrategy {
    type: 'roundRobin' | 'failover' | 'geoip';
    dnsTtlSeconds: number;
    primaryGeoTag?: string;
    weight?: Record<string, number>;
}
export interface CompiledDns {
    regions: RegionDnsPlan[];
    findings: Finding[];
}
/** A location in the aws-cn partition, whose Route 53 is separate from the commercial one. */
export declare function inChinaPartition(location: string): boolean;
export declare function prefixOf(platform: Platform, region: string): string;
/** The regions of the service the platform knows, grouped by the hostname they share: one record set each. */
export declare function recordSets(service: Service, platform: Platform): Map<string, string[]>;
/** `checkout.internal.example.com`, tier 2 -> `checkout-tier2.internal.example.com`. */
export declare function nestedName(name: string, tier: number): string;
/**
 * Compiles the routing block into per-region records. Pure: the platform's
 * dns settings decide the provider, zone and prefix of each region.
 */
export declare function compileDns(service: Service, platform: Platform): CompiledDns;
