/** One metric check of a bake: a PromQL query whose single value must stay within bounds. */
export interface MetricCheck {
    name: string;
    /** PromQL; `{region}` is replaced by the region's name. */
    query: string;
    /** The value passes when at most max and at least min. */
    max?: number;
    min?: number;
}
/** What a Prometheus instant query answered: its vector's values, or why there is none. */
export type QueryAnswer = {
    kind: 'values';
    values: number[];
} | {
    kind: 'unavailable';
    reason: string;
};
export interface CheckResult {
    check: string;
    /** fail rolls back as an unhealthy app does; inconclusive halts the train, never passes. */
    outcome: 'pass' | 'fail' | 'inconclusive';
    value?: number;
    detail: string;
}
/**
 * A check's outcome from the query's answer. No answer or no series is
 * inconclusive: a silent exporter proves nothing, so it never passes. A
 * result of several series takes the worst (the largest for max, the
 * smallest for min); NaN (0/0, as a ratio over no requests) is no data.
 * Pure.
 */
export declare function judge(check: MetricCheck, answer: QueryAnswer): CheckResult;
/** A region's bake verdict: any failed check fails it, else any inconclusive one halts it. */
export declare function bakeVerdict(results: readonly CheckResult[]): CheckResult['outcome'];
