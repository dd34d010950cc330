import type { DnsRecord } from '../schema/generated.js';
/** The annotation keys the compiler owns, without the prefix, in the order they are written. */
export declare const MANAGED_KEYS: readonly ["hostname", "set-identifier", "ttl", "aws-region", "aws-failover", "aws-weight", "aws-geolocation-continent-code", "aws-geolocation-country-code", "aws-geolocation-subdivision-code", "aws-health-check-id", "alias", "aws-evaluate-target-health"];
export type ManagedKey = (typeof MANAGED_KEYS)[number];
/** The ExternalDNS prefixes in use: v0.22's default, and the one before it (routing-anchors.md §0.1). */
export declare const KNOWN_PREFIXES: string[];
/**
 * A record as ExternalDNS annotations on a Service, keys without the prefix.
 * Only keys that carry a value are emitted, so that, for example, a false
 * multi-value flag is never written (ExternalDNS enables it on presence).
 */
export declare function recordAnnotations(record: DnsRecord): Partial<Record<ManagedKey, string>>;
/** Prefixes every key: what goes into metadata.annotations. */
export declare function withPrefix(prefix: string, annotations: Partial<Record<string, string>>): Record<string, string>;
