import type { FileEdit } from '../schema/generated.js';
/**
 * One diff per file, in the order files are first edited. A file a region
 * edits several times (the image pin, then each generated file listed in its
 * kustomization) gets one diff from its text before the first edit to its
 * text after the last: the first edit's diff, reversed, gives that text back.
 */
export declare function fileDiffs(edits: readonly FileEdit[]): string[];
