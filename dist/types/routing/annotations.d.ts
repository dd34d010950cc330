import type { DnsRecord } from '../schema/generated.js';
import type { ManagedKey } from './compile.js';
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
