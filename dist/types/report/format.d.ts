/** Seconds as the shortest duration a person would write: 600 -> 10m, 5400 -> 1h30m. */
export declare function formatSeconds(seconds: number): string;
export declare function plural(n: number, word: string, many?: string): string;
/** Shortens a digest for tables: sha256:0123456789ab… */
export declare function shortVersion(version: string | null): string;
/** Findings printed per level; a 10,000-region platform once printed 1.2 MB. JSON output keeps them all. */
export declare const FINDINGS_PER_LEVEL = 50;
type Level = 'error' | 'warning' | 'info';
/**
 * The first FINDINGS_PER_LEVEL findings of each level, in their order, and a
 * line saying how many were left out ("" when none were).
 */
export declare function firstFindings<T extends {
    severity: Level;
}>(findings: readonly T[], perLevel?: number): {
    shown: T[];
    more: string;
};
export {};
