/** The closest candidate to `value`, when it is close enough to be a likely typo. */
export declare function closest(value: string, candidates: Iterable<string>): string | undefined;
/** ` Did you mean "x"?` or the empty string. */
export declare function didYouMean(value: string, candidates: Iterable<string>): string;
/**
 * didYouMean for many values against one set of candidates, within a budget
 * of comparisons: each suggestion compares with every candidate, so 2,000
 * unknown names against a 10,000-region platform would cost 20 million
 * Levenshtein distances. Past the budget it suggests nothing; a handful of
 * names against a handful of candidates never reaches it.
 */
export declare function suggester(candidates: Iterable<string>, comparisons?: number): (value: string) => string;
