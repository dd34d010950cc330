import type { FileEdit } from '../schema/generated.js';
export declare function sha256(text: string): string;
export declare function unifiedDiff(path: string, before: string, after: string): string;
/** One file's change as the plan carries it; a file absent before is planned against the empty file. */
export declare function fileEdit(path: string, before: string | undefined, after: string, change: Pick<FileEdit, 'field' | 'line' | 'before' | 'after'>): FileEdit;
