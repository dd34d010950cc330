import { LineCounter, Scalar } from 'yaml';
import type { Document, YAMLMap } from 'yaml';
/**
 * Edits of one scalar in a YAML file that keep every other byte: comments,
 * key order, quoting and indentation stay as the author wrote them. The yaml
 * library is used only to find where a value sits; the change is a splice of
 * the original text.
 */
export interface ParsedFile {
    text: string;
    doc: Document;
    lines: LineCounter;
}
/** Forgets every parse: a bench that plays separate runs in one process starts each as a new process would. */
export declare function forgetParsed(): void;
export declare function parseFile(text: string): ParsedFile | {
    error: string;
};
export declare function lineOf(file: ParsedFile, offset: number): number;
/** A value as a new plain `key: value` line writes it: plain where YAML reads it back as the same string, else double-quoted. */
export declare function renderPlain(value: string): string;
/**
 * The text with the scalar `node` replaced by `value`, and the line it sits
 * on; undefined for block scalars (`|`, `>`) and values folded over several
 * lines, which a person should rewrite.
 */
export declare function replaceScalar(file: ParsedFile, node: Scalar, value: string): {
    text: string;
    line: number;
} | undefined;
/**
 * Adds `key: value` to a block mapping, on a new line after the pair whose key
 * is `after`, at the same indentation. Undefined where that cannot be done by
 * a plain insertion (flow mappings `{...}`, explicit `? key` entries), which a
 * person should edit.
 */
export declare function insertAfter(file: ParsedFile, map: YAMLMap, after: string, key: string, value: string): {
    text: string;
    line: number;
} | undefined;
/**
 * Removes the `key: value` line of a block mapping. Undefined where the pair
 * does not sit alone on one line (flow mappings, multi-line values), which a
 * person should edit.
 */
export declare function removePair(file: ParsedFile, map: YAMLMap, key: string): {
    text: string;
    line: number;
} | undefined;
/**
 * True when `text` is valid YAML whose value is the original file's with only
 * the string at `path` set to `value`: the safety net under every edit, so an
 * unusual file is refused rather than damaged.
 */
export declare function onlyFieldChanged(file: ParsedFile, text: string, path: readonly (string | number)[], value: string): boolean;
/**
 * True when `text` is valid YAML whose value is the original file's after
 * `change`: the general form of onlyFieldChanged, for edits of several values.
 */
export declare function matchesExpected(file: ParsedFile, text: string, change: (expected: Record<string | number, unknown>) => void): boolean;
/** The mapping node at a path of keys, or undefined. */
export declare function mapAt(file: ParsedFile, path: readonly string[]): YAMLMap | undefined;
/** The scalar node at `key` in `map`, or undefined when the key is absent or holds a collection. */
export declare function scalarIn(map: YAMLMap, key: string): Scalar | undefined;
/** The string form of a scalar, or null for an empty or missing one. */
export declare function scalarText(node: Scalar | undefined): string | null;
