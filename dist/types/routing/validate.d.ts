import type { Finding } from '../schema/generated.js';
/** Where a value sits: a file and a 1-based line and column. */
export interface Located {
    file: string;
    line: number;
    column: number;
}
/**
 * One object's ExternalDNS annotations as ExternalDNS will read them: keys
 * without the region's prefix, each with where it is written (the manifest
 * field it came from, or the line of the environments file it was already
 * on). Validation runs on these, after the edit, so hand-written and stale
 * annotations are checked together with the compiled ones.
 */
export interface AnnotationView {
    region: string;
    provider: string;
    zone: string;
    prefix: string;
    /** Where a finding about a missing key points. */
    at: Located;
    keys: Map<string, {
        value: string;
        at: Located;
    }>;
    /** Annotations under another ExternalDNS prefix, which this region's controller ignores. */
    foreign: {
        key: string;
        at: Located;
    }[];
}
export interface ValidationContext {
    /** Hostnames other services already publish, with the service that owns each. */
    claimed: ReadonlyMap<string, string>;
    service: string;
}
/** The routing policies a view's keys ask for. */
export declare function policiesOf(view: {
    keys: ReadonlyMap<string, unknown>;
}): string[];
/** ExternalDNS reads a TTL as integer seconds or a Go duration (processors.go TTLFromAnnotations). */
export declare function parseTtl(value: string): number | undefined;
export declare function inZone(name: string, zone: string): boolean;
/**
 * Checks every region's annotations together, before merge, for what
 * ExternalDNS lets through and Route 53 rejects later (routing-anchors.md
 * §1.6), and for what neither checks: zones, prefixes, ownership of a name.
 */
export declare function validateViews(views: readonly AnnotationView[], ctx: ValidationContext): Finding[];
/** The annotations of `all` under `prefix`, and those under another ExternalDNS prefix. */
export declare function splitByPrefix<T>(all: ReadonlyMap<string, T>, prefix: string): {
    own: Map<string, T>;
    foreign: [string, T][];
};
