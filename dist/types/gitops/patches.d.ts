import type { ResourcesEdit } from './kustomization.js';
/**
 * Adds `- path: <file>` to the kustomization's `patches`, keeping every
 * other byte: a line after the last patch of a block list, or a `patches:`
 * block at the end of a file that has none. As with addResources, the
 * result is re-parsed and must differ by that item only.
 */
export declare function addPatch(text: string, file: string): ResourcesEdit;
