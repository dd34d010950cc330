/**
 * Parsers for the value formats both YAML files use. Each returns the parsed
 * value or undefined, so schema validation and the normalised model share one
 * definition of what is valid.
 */
/** A DNS-1123 label: what Kubernetes accepts as a name, and safe as one path segment. */
export declare function isDnsLabel(value: string): boolean;
/** Parses `30s`, `10m`, `1h30m`, `730d` into seconds; undefined when it is not a duration. */
export declare function parseDuration(value: string): number | undefined;
/** Parses `512MiB`, `20GB` into bytes; undefined when it is not a size. */
export declare function parseSize(value: string): number | undefined;
export declare function isHostname(value: string): boolean;
/** An image repository such as ghcr.io/acme/checkout, without a tag or digest. */
export declare function isImageRepository(value: string): boolean;
export declare function isSqlIdentifier(value: string): boolean;
export declare function isHttpUrl(value: string): boolean;
/** True when a relative path would leave the folder it is relative to, or is not relative at all. */
export declare function escapesFolder(path: string): boolean;
export declare function isRelativePath(value: string): boolean;
/** A layout path template: relative, inside the repository, placeholders only {region} and {service}. */
export declare function isPathTemplate(value: string): boolean;
/** What each custom JSON Schema format accepts; the generated validators (src/schema/validators.ts) call these. */
export declare const FORMAT_TESTS: Record<string, (value: string) => boolean>;
