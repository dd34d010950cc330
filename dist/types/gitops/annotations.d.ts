export interface AnnotationAt {
    value: string;
    line: number;
    column: number;
}
export type AnnotationsRead = {
    kind: 'read';
    annotations: Map<string, AnnotationAt>;
    line: number;
    column: number;
} | {
    kind: 'problem';
    rule: string;
    message: string;
    line: number;
};
export type AnnotationsResult = {
    kind: 'edit';
    text: string;
    line: number;
    before: Record<string, string | null>;
} | {
    kind: 'current';
} | {
    kind: 'problem';
    rule: string;
    message: string;
    line: number;
};
/** The annotations of the Service or Ingress in `text`, each with its position. */
export declare function readAnnotations(text: string, path: string): AnnotationsRead;
/**
 * Sets each annotation of `wanted` on the Service in `text` and removes those
 * of `remove`, keeping every other byte: present values are replaced in
 * place, new keys are added after the last annotation. The result is re-parsed and must differ from
 * the original only in those annotations; otherwise the file is refused
 * with a finding, never damaged.
 */
export declare function upsertAnnotations(text: string, path: string, wanted: Readonly<Record<string, string>>, remove?: readonly string[]): AnnotationsResult;
