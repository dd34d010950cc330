import type { Service } from '../manifest/model.js';
import type { Finding } from '../schema/generated.js';
import type { SourceFile } from './migration.js';
import type { DataModel } from './model.js';
/**
 * The rule packs. `data` always runs: it checks the manifest against itself
 * (placement, readers, residency, migrations). `gdpr` and `pipl` run when the
 * platform's spec.compliance enables them.
 */
export declare const RULES: {
    readonly 'data-invalid-type': "data";
    readonly 'data-unknown-category': "data";
    readonly 'data-undeclared-reader': "data";
    readonly 'data-classified-global': "data";
    readonly 'data-classified-key-global': "data";
    readonly 'data-engine-placement': "data";
    readonly 'data-classified-no-readers': "data";
    readonly 'data-residency-home': "data";
    readonly 'data-residency-replicas': "data";
    readonly 'data-by-row-region-column': "data";
    readonly 'data-global-primary-key': "data";
    readonly 'data-retention-column': "data";
    readonly 'data-retention-nullable': "data";
    readonly 'data-publication-classified': "data";
    readonly 'data-destructive-migration': "data";
    readonly 'data-subject-column': "data";
    readonly 'gdpr-retention-missing': "gdpr";
    readonly 'pipl-cross-border': "pipl";
    readonly 'pipl-cluster-abroad': "pipl";
};
export type Rule = keyof typeof RULES;
/** The platform's own rules report as custom-<id>. */
export declare const CUSTOM_RULE_PREFIX = "custom-";
/** The Fides data categories (fideslang's data_categories.yml, names only; see src/data/fides/). */
export declare const FIDES_CATEGORIES: readonly string[];
/** The nearest known name, when one is near enough to be what was meant. */
export declare function didYouMean(name: string, known: readonly string[]): string | undefined;
export declare function lintData(model: DataModel, service: Service, files: readonly SourceFile[], roles?: readonly string[]): Finding[];
