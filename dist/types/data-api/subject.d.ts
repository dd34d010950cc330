import type { RegionReceipt } from './engines/backend.js';
import type { Caller, Row } from './table.js';
export type { RegionReceipt } from './engines/backend.js';
export interface Receipt {
    /** The request's id in the subject request table of the subject's home region: resume it by this. */
    request: string;
    subject: string | number;
    /** False while any region or any replica is not done: the failed regions say why. */
    complete: boolean;
    regions: RegionReceipt[];
}
export interface SubjectExport extends Receipt {
    /** The subject's rows by table: the columns the role may read, from every region it may read them in. */
    tables: Record<string, Row[]>;
}
/** A subject request as its home region records it. */
export interface SubjectRequest {
    request: string;
    subject: string;
    action: 'export' | 'erase';
    role: string;
    purpose: string;
    requestedAt: Date;
    updatedAt: Date;
    complete: boolean;
    regions: Record<string, Omit<RegionReceipt, 'region'>>;
}
/** Hands each exported row on as it arrives instead of keeping it: for subjects with more rows than memory should hold. */
export type ExportRow = (table: string, row: Row, region: string) => void | Promise<void>;
export interface ExportOptions {
    /** Streams the rows here, a page at a time; the result's `tables` is then empty. */
    onRow?: ExportRow;
}
export declare function exportSubject(caller: Caller, id: string | number, request?: string, options?: ExportOptions): Promise<SubjectExport>;
export declare function eraseSubject(caller: Caller, id: string | number, request?: string): Promise<Receipt>;
export declare function listRequests(caller: Caller, filter?: {
    complete?: boolean;
}): Promise<SubjectRequest[]>;
/** Runs a recorded request again (both export and erasure are safe to repeat) and updates its record. */
export declare function resumeRequest(caller: Caller, request: string): Promise<Receipt>;
/** Runs every generated retention function the role may run, where its table lives (home for global tables: deletes replicate). */
export declare function runRetention(caller: Caller): Promise<RegionReceipt[]>;
