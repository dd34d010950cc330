import type { Finding, Plan } from '../schema/generated.js';
/**
 * `file:line:col: severity [rule] message`, the form editors and problem
 * matchers understand, one per line: the first of each level, then a line
 * saying how many more there are.
 */
export declare function findingLines(findings: readonly Finding[]): string[];
/** The plan for people at a terminal: the train as waves, per-region diffs, findings. */
export declare function renderPlanText(plan: Plan): string;
