/**
 * One read of classified columns: who read what, why, from where, and what
 * it was looked up by. The looked-up values are personal data themselves (an
 * email searched for), so the entry names the columns filtered on and keeps
 * a keyed hash (HMAC-SHA256) of the values, never a value: an auditor with
 * the key can tell whether two entries asked for the same thing, or check a
 * given value, and a reader of the log without the key learns nothing.
 */
export interface AuditEntry {
    time: string;
    role: string;
    purpose: string;
    table: string;
    /** The classified columns the read could return. */
    columns: string[];
    /** The columns the read was filtered on. */
    filter: string[];
    /** HMAC-SHA256 (hex) of the filter's values under the audit key. */
    keyHash: string;
    region: string;
    /** Rows returned; a read that found nothing is audited too, or enumeration would leave no trace. */
    rows: number;
    /** read, export or erase. */
    action: 'read' | 'export' | 'erase';
}
/**
 * An entry's time, ISO 8601 to the millisecond, as new Date().toISOString()
 * gives it; formatted once per millisecond, since reads a few hundred
 * microseconds apart share most of their milliseconds with another.
 */
export declare function auditTime(): string;
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
/**
 * Hashes a filter's values with the audit key. openData requires a key for a
 * role whose reads are audited; a role that reads nothing classified audits
 * nothing, and gets a throwaway key.
 *
 * HMAC-SHA256 as RFC 2104 defines it, H((K ^ opad) || H((K ^ ipad) || m)), so
 * an auditor's createHmac('sha256', key) gives the same hash; computed as two
 * one-shot hashes of buffers kept for the handle (the padded key blocks, the
 * message written after them). A createHmac per read makes a native Hmac
 * object, looks the digest up among OpenSSL 3's providers and pads the key
 * again: in a CPU profile of find against PostgreSQL it was the largest part
 * of the library's own time (20 of 49 µs a call, as sampled), and this takes
 * about a third less.
 */
export declare function keyHasher(key: string | undefined): (filter: Record<string, unknown>) => string;
