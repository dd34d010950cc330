/** What a filter may say about one column: a value (equality), null (IS NULL), or operators. */
export interface Operators<V = unknown> {
    eq?: V;
    ne?: V;
    in?: V[];
    gt?: V;
    gte?: V;
    lt?: V;
    lte?: V;
    /** SQL LIKE: % any run of characters, _ one character. */
    like?: string;
}
/** Rows whose columns match every entry; `OR` matches rows any of its filters match. */
export type Filter<R> = {
    [C in keyof R]?: R[C] | null | Operators<R[C]>;
} & {
    OR?: Filter<R>[];
};
export type Direction = 'asc' | 'desc';
/** A plain object of operators, as opposed to a value (a Date or Buffer is a value). */
export declare function isOperators(value: unknown): value is Operators;
/** The engine's SQL: quoting, placeholders (typed by the column), and code point order of text. */
export interface Dialect {
    ident(name: string): string;
    /** The placeholder of the n-th value, for a value of this column. */
    param(n: number, column: string): string;
    /** What follows a text column to compare it by code point (PostgreSQL's COLLATE "C"). */
    codePointOrder: string;
}
export interface FilterCompiler extends Dialect {
    /** Names a column's table and the call, for errors. */
    table: string;
    what: string;
    columns: readonly string[];
    checkValue(column: string, value: unknown, what: string): void;
    /** The value a column stores for the value a caller gave (a by-row region's placement on Spanner). */
    stored(column: string, value: unknown): unknown;
}
/** Every column a filter reads, OR branches included: PostgreSQL requires SELECT on each. */
export declare function filterColumns(filter: Record<string, unknown>): string[];
/**
 * A filter as SQL: each value becomes a parameter (the engine's placeholder
 * of the n-th value after `values`' current length), so nothing a caller passes reaches the text but a checked column
 * name. Every column, operator and operand is checked here, before any I/O.
 */
export declare function compileFilter(filter: Record<string, unknown>, c: FilterCompiler, values: unknown[]): string;
/** The order of a page: the caller's columns, then the key, so that every row has one place across every region. */
export declare function sortKeys(orderBy: Record<string, Direction | undefined> | undefined, key: readonly string[]): [string, Direction][];
/** ORDER BY text; text compares by code point (COLLATE "C" on PostgreSQL) so every region and the merge here agree. */
export declare function orderText(keys: [string, Direction][], text: (column: string) => boolean, sql: Dialect): string;
/** Rows after the cursor in the page order: (a > x) OR (a = x AND b > y) ..., with each column's direction. */
export declare function afterText(keys: [string, Direction][], cursor: unknown[], text: (column: string) => boolean, values: unknown[], sql: Dialect): string;
/** Merges the regions' sorted pages into one order, the same one each region's ORDER BY gave. */
export declare function comparator(keys: [string, Direction][], numeric: (column: string) => boolean): (a: Record<string, unknown>, b: Record<string, unknown>) => number;
/** A cursor is the last row's sort values: opaque to the caller, checked when it comes back. */
export declare function encodeCursor(keys: [string, Direction][], row: Record<string, unknown>): string;
export declare function decodeCursor(cursor: unknown, keys: [string, Direction][], table: string): unknown[];
