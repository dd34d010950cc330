import type { Caller, Row } from './table.js';
/** What happened in one region: the rows found or changed per table, or why the region failed. */
export interface RegionReceipt {
    region: string;
    ok: boolean;
    /** Rows per table. */
    rows: Record<string, number>;
    error?: string;
}
export interface Receipt {
    subject: string | number;
    /** False when any region failed: the request is not done, and the failed regions say why. */
    complete: boolean;
    regions: RegionReceipt[];
}
export interface SubjectExport extends Receipt {
    /** The subject's rows by table, every column, from every region they may live in. */
    tables: Record<string, Row[]>;
}
/** GDPR article 15 / PIPL article 45: every row about the subject, from every region it may live in. */
export declare function exportSubject(caller: Caller, id: string | number): Promise<SubjectExport>;
/**
 * GDPR article 17 / PIPL article 47: deletes the subject's rows, or nulls
 * their personal columns where the manifest keeps the row. Each region runs
 * in one transaction, so a region is erased whole or not at all; a global
 * table is erased at home and its replicas follow by replication.
 */
export declare function eraseSubject(caller: Caller, id: string | number): Promise<Receipt>;
/** Runs every generated retention function where its table lives (home for global tables: deletes replicate). */
export declare function runRetention(caller: Caller): Promise<Receipt['regions']>;
