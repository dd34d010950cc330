export type ResourcesEdit = {
    kind: 'edit';
    text: string;
    line: number;
} | {
    kind: 'current';
} | {
    kind: 'problem';
    message: string;
    unreadable?: boolean;
};
/**
 * The names of `names` that the kustomization's `resources` (or the
 * deprecated `bases`, which kustomize merges into them) does not list yet.
 * Paths are compared as kustomize resolves them: `./route-table.yaml` is
 * `route-table.yaml`, and listing it twice fails the build ("may not add
 * resource with an already registered id").
 */
export declare function unlistedResources(text: string, names: readonly string[]): string[];
/**
 * Adds `names` to the kustomization's `resources`, keeping every other byte:
 * new `- name` lines after the last listed resource, or a `resources:` block
 * at the end of a file that has none. The result is re-parsed and must differ
 * only by those items; a form a splice cannot extend (a flow sequence, an
 * item spanning lines) is a problem for a person, never a damaged file.
 */
export declare function addResources(text: string, names: readonly string[]): ResourcesEdit;
