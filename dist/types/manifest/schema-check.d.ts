import type { Diagnostic } from './diagnostic.js';
import type { YamlSource } from './yaml-source.js';
export type SchemaName = 'service' | 'platform' | 'plan';
/** Validates a plain value (such as a plan) against one of the published schemas; returns readable errors. */
export declare function schemaErrors(name: SchemaName, value: unknown): string[];
/** `spec.train.waves[1][0]`: the path as a person reads it. */
export declare function displayPath(path: readonly (string | number)[]): string;
/** Checks a parsed YAML file against its published schema; one diagnostic per problem, at its position. */
export declare function checkAgainstSchema(source: YamlSource, name: 'service' | 'platform'): Diagnostic[];
