/** A hand-written SQL file from spec.data.migrations, as read from disk. */
export interface SourceFile {
    /** The file name, such as 0001_init.sql; its stem is the version. */
    name: string;
    /** The path to show in findings, as the user would open it. */
    path: string;
    text: string;
}
/**
 * One migration file for one region. Generated files are repeatable: they
 * describe the manifest's desired state idempotently and run again whenever
 * their text changes. Hand-written files are versioned: applied once, and a
 * changed text after that is drift.
 */
export interface Migration {
    version: string;
    kind: 'generated' | 'hand-written';
    /** Where the text comes from: a file path, or generated/<region>/<name>.sql. */
    file: string;
    sql: string;
    sha256: string;
    /** False when the file carries the no-transaction marker. */
    transaction: boolean;
}
export declare function sha256(text: string): string;
export declare function migration(version: string, kind: Migration['kind'], file: string, sql: string): Migration;
/** Hand-written files in name order; the version is the name without .sql. */
export declare function handWritten(files: readonly SourceFile[]): Migration[];
