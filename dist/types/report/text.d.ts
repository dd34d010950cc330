import type { Finding, Plan } from '../schema/generated.js';
/**
 * `file:line:col: severity [rule] message`, the form editors and problem
 * matchers understand, one per line: the first of each level, then a line
 * saying how many more there are.
 */
export declare function findingLines(findings: readonly Finding[]): string[];
/** What the plan command knows beyond the plan: the PGlite shadow check replayed every region's migrations without error. */
export interface TextContext {
    shadowReplayed?: {
        regions: number;
    };
}
/**
 * The plan for people at a terminal: first what a reader acts on (the summary,
 * the shadow check, the findings), then the train as waves, routing and data,
 * and last one diff per file.
 */
export declare function renderPlanText(plan: Plan, context?: TextContext): string;
