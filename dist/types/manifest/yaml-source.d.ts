import type { Diagnostic, Position } from './diagnostic.js';
/** Files larger than this are refused before parsing: no manifest needs more, and parsing is not free. */
export declare const MAX_FILE_BYTES: number;
/** Aliases are capped so a "billion laughs" file cannot exhaust memory. */
export declare const MAX_ALIASES = 100;
export type YamlPath = readonly (string | number)[];
/** A parsed YAML file that can say where any value in it came from. */
export interface YamlSource {
    file: string;
    text: string;
    value: unknown;
    /** The position of the value (or, with `key`, the key) at `path`; the nearest existing ancestor when the path is absent. */
    locate(path: YamlPath, at?: 'key' | 'value'): Position;
}
/** Describes a file that is too large, from its size alone, so callers need not read it. */
export declare function tooLarge(file: string, bytes: number): Diagnostic;
/**
 * Parses one YAML file into a plain value with positions. Never throws: every
 * problem, including an empty file, an oversized file and an alias bomb,
 * becomes a diagnostic.
 */
export declare function parseYaml(text: string, file: string): {
    source?: YamlSource;
    diagnostics: Diagnostic[];
};
