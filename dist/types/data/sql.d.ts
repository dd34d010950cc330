/**
 * SQL text helpers shared by the compilers, the lint and the runner. Every
 * name that reaches generated SQL goes through `ident`, so a manifest cannot
 * smuggle a statement in through a table, column or role name.
 */
/** A PostgreSQL-family quoted identifier; NUL cannot be quoted, so it is refused. */
export declare function ident(name: string): string;
/** A standard string literal; backslashes are plain characters with standard_conforming_strings (the default). */
export declare function literal(text: string): string;
/** A backquoted identifier, as Spanner GoogleSQL and CockroachDB accept for names. */
export declare function backquote(name: string): string;
export declare function isSafeType(type: string): boolean;
/** The marker that runs a migration file outside a transaction, statement by statement. */
export declare const NO_TRANSACTION_MARKER = "-- multiregion:no-transaction";
export declare function onlyRegions(sql: string): string[] | undefined;
export declare function wantsTransaction(sql: string): boolean;
export interface DestructiveApproval {
    approver: string;
    reason: string;
}
export declare function destructiveApproval(sql: string): DestructiveApproval | undefined;
/** One statement of a script: its text, and where it starts (0-based offset, 1-based line). */
export interface Statement {
    text: string;
    offset: number;
    line: number;
    /** Ended by psql's `\gexec`: each field of each row it returns is run as a statement. */
    gexec?: boolean;
}
/**
 * Splits a script at top-level semicolons, skipping those inside quotes,
 * quoted identifiers, dollar-quoted bodies, comments and parentheses, and
 * those inside the BEGIN ATOMIC ... END body of a SQL-standard function or
 * procedure. That body is found as psql finds it (src/fe_utils/psqlscan.l,
 * the {identifier} rule: in a statement that starts CREATE [OR REPLACE]
 * FUNCTION or PROCEDURE, BEGIN opens a block, CASE within one opens another,
 * END closes one). Statements that are only comments or blanks are dropped.
 */
export declare function splitStatements(sql: string): Statement[];
/**
 * Statements that start or end a transaction. The runner owns a file's
 * transaction (or runs it without one), so a file's own BEGIN or COMMIT would
 * commit half of it behind the history's back: such files are refused.
 * A DO body's BEGIN ... END is inside dollar quotes and is not matched.
 */
export declare function transactionControl(sql: string): Statement | undefined;
/** Whether one statement of a split script starts or ends a transaction (see transactionControl). */
export declare function controlsTransaction(statement: Statement): boolean;
/**
 * Removes -- and block comments outside quotes, for pattern checks on
 * statement text; a comment becomes a space, as the server reads it.
 */
export declare function stripComments(sql: string): string;
/** The 1-based line of a 0-based offset. */
export declare function lineAt(text: string, offset: number): number;
