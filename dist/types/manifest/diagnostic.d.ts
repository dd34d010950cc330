/** Where a finding points: a file and a 1-based line and column. */
export interface Position {
    line: number;
    column: number;
}
export type Severity = 'error' | 'warning' | 'info';
/**
 * One problem found in a file, in a form both people and tools can act on.
 * `rule` is stable across releases; `message` says what is wrong and how to fix it.
 */
export interface Diagnostic {
    rule: string;
    severity: Severity;
    message: string;
    file: string;
    line: number;
    column: number;
}
export declare function hasErrors(diagnostics: readonly Diagnostic[]): boolean;
/** Orders diagnostics by file, then position, so output is stable whatever order rules ran in. */
export declare function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[];
/** Quoted text from a file is cut to this many characters: a finding must never replay a file (or a secret in it). */
export declare const MAX_QUOTED = 100;
/** `text` cut to `max` characters, saying how long it was. */
export declare function clip(text: string, max?: number): string;
/** A value as JSON (a string in quotes), cut to MAX_QUOTED characters, for quoting user input in a message. */
export declare function quote(value: unknown): string;
/** At most `max` items joined with ", ", and how many were left out: a finding names examples, not a whole platform. */
export declare function listSome(items: Iterable<string>, max?: number): string;
