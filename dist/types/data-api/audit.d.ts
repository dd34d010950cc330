/** One read of classified columns: who read what, why, from where. */
export interface AuditEntry {
    time: string;
    role: string;
    purpose: string;
    table: string;
    columns: string[];
    /** The key or filter the read asked for. */
    key: Record<string, unknown>;
    region: string;
    rows: number;
    /** read, export or erase. */
    action: 'read' | 'export' | 'erase';
}
/** Where audit entries go. A sink that throws fails the read: an unaudited read of personal data is not served. */
export interface AuditSink {
    write(entry: AuditEntry): void | Promise<void>;
}
/** What jsonLinesSink writes to: a Writable such as process.stderr, typed without Node.js types. */
export interface LineWriter {
    write(line: string): unknown;
}
/** JSON lines on a stream (stderr by default, so a log shipper picks them up). */
export declare function jsonLinesSink(stream?: LineWriter): AuditSink;
/** Keeps the entries in memory; for tests and for callers that forward them themselves. */
export declare function memorySink(): AuditSink & {
    entries: AuditEntry[];
};
