/** The closest candidate to `value`, when it is close enough to be a likely typo. */
export declare function closest(value: string, candidates: Iterable<string>): string | undefined;
/** ` Did you mean "x"?` or the empty string. */
export declare function didYouMean(value: string, candidates: Iterable<string>): string;
