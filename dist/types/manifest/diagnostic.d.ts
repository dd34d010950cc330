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
/** `file:line:col: severity [rule] message`, the form editors and problem matchers understand. */
export declare function formatDiagnostic(d: Diagnostic): string;
/** Orders diagnostics by file, then position, so output is stable whatever order rules ran in. */
export declare function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[];
