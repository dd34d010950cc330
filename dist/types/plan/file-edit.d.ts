import type { FileEdit } from '../schema/generated.js';
export declare function sha256(text: string): string;
export declare function unifiedDiff(path: string, before: string, after: string): string;
/**
 * The unified diff of a file that did not exist: every line added. Built
 * directly, in one pass, instead of running the line-diff algorithm against
 * an empty file; the text is the same as unifiedDiff(path, '', after).
 */
export declare function createdFileDiff(path: string, after: string): string;
/** One file's change as the plan carries it; a file absent before is planned against the empty file. */
export declare function fileEdit(path: string, before: string | undefined, after: string, change: Pick<FileEdit, 'field' | 'line' | 'before' | 'after'>): FileEdit;
