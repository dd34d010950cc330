/**
 * SQL text helpers shared by the compilers, the lint and the runner. Every
 * name that reaches generated SQL goes through `ident`, so a manifest cannot
 * smuggle a statement in through a table, column or role name.
 */

/** A PostgreSQL-family quoted identifier; NUL cannot be quoted, so it is refused. */
export function ident(name: string): string {
  if (name.includes('\0')) throw new Error(`identifier contains NUL: ${JSON.stringify(name)}`)
  return `"${name.replaceAll('"', '""')}"`
}

/** A standard string literal; backslashes are plain characters with standard_conforming_strings (the default). */
export function literal(text: string): string {
  if (text.includes('\0')) throw new Error('string literal contains NUL')
  return `'${text.replaceAll("'", "''")}'`
}

/** A backquoted identifier, as Spanner GoogleSQL and CockroachDB accept for names. */
export function backquote(name: string): string {
  if (name.includes('\0') || name.includes('`'))
    throw new Error(`identifier cannot be backquoted: ${JSON.stringify(name)}`)
  return `\`${name}\``
}

/**
 * Column types are written verbatim into DDL, so they are held to a shape no
 * statement can hide in: words, an optional (n[,m]) and optional [].
 */
const SAFE_TYPE = /^[a-z][a-z0-9_]*( [a-z][a-z0-9_]*)*( ?\(\d{1,5}( ?, ?\d{1,5})?\))?(\[\])?$/i

export function isSafeType(type: string): boolean {
  return type.length <= 64 && SAFE_TYPE.test(type)
}

/** The marker that runs a migration file outside a transaction, statement by statement. */
export const NO_TRANSACTION_MARKER = '-- multiregion:no-transaction'
/** `-- multiregion:approve-destructive <approver>: <reason>` records who accepted a destructive change. */
const APPROVAL = /^--\s*multiregion:approve-destructive\s+([^\s:]+)\s*:\s*(\S.*)$/m

/** `-- multiregion:regions sweden, china` limits a hand-written file to those regions' databases. */
const REGIONS = /^--\s*multiregion:regions\s+(.+)$/m

export function onlyRegions(sql: string): string[] | undefined {
  const match = REGIONS.exec(sql)
  return match?.[1]!.split(/[\s,]+/).filter(r => r !== '')
}

export function wantsTransaction(sql: string): boolean {
  return !sql.split('\n').some(line => line.trim() === NO_TRANSACTION_MARKER)
}

export interface DestructiveApproval {
  approver: string
  reason: string
}

export function destructiveApproval(sql: string): DestructiveApproval | undefined {
  const match = APPROVAL.exec(sql)
  return match ? { approver: match[1]!, reason: match[2]!.trim() } : undefined
}

/** One statement of a script: its text, and where it starts (0-based offset, 1-based line). */
export interface Statement {
  text: string
  offset: number
  line: number
  /** Ended by psql's `\gexec`: each field of each row it returns is run as a statement. */
  gexec?: boolean
}

/** A line holding only psql's \gexec ends the statement before it and runs what it returns. */
const GEXEC = /^\\gexec[ \t]*(?:\n|$)/

const LEADING_NOISE = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/
const WORD = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/y
/** CREATE [OR REPLACE] FUNCTION|PROCEDURE, by the first letters of its first words, as psql keeps them. */
const ROUTINE = /^c(f|p|or[fp])/

/**
 * Splits a script at top-level semicolons, skipping those inside quotes,
 * quoted identifiers, dollar-quoted bodies, comments and parentheses, and
 * those inside the BEGIN ATOMIC ... END body of a SQL-standard function or
 * procedure. That body is found as psql finds it (src/fe_utils/psqlscan.l,
 * the {identifier} rule: in a statement that starts CREATE [OR REPLACE]
 * FUNCTION or PROCEDURE, BEGIN opens a block, CASE within one opens another,
 * END closes one). Statements that are only comments or blanks are dropped.
 */
export function splitStatements(sql: string): Statement[] {
  const out: Statement[] = []
  let start = 0
  let i = 0
  let parens = 0
  let blocks = 0
  let firstLetters = ''
  const push = (end: number, gexec = false) => {
    const raw = sql.slice(start, end)
    // Leading comments belong to no statement, so a statement's line is that of its first keyword.
    const lead = LEADING_NOISE.exec(raw)![0].length
    const text = raw.slice(lead).trimEnd()
    if (text !== '') {
      const offset = start + lead
      out.push({ text, offset, line: lineAt(sql, offset), ...(gexec ? { gexec } : {}) })
    }
    parens = 0
    blocks = 0
    firstLetters = ''
  }
  while (i < sql.length) {
    const c = sql[i]!
    const next = sql[i + 1]
    WORD.lastIndex = i
    const word = WORD.exec(sql)?.[0]
    if (word !== undefined) {
      const lower = word.toLowerCase()
      if (firstLetters.length < 4)
        firstLetters += ['create', 'function', 'procedure', 'or', 'replace'].includes(lower)
          ? lower[0]
          : '-'
      if (ROUTINE.test(firstLetters) && parens === 0) {
        if (lower === 'begin') blocks++
        else if (lower === 'case' && blocks > 0) blocks++
        else if (lower === 'end' && blocks > 0) blocks--
      }
      i += word.length
    } else if (c === '(') {
      parens++
      i++
    } else if (c === ')') {
      parens = Math.max(0, parens - 1)
      i++
    } else if ((c === '-' && next === '-') || (c === '/' && next === '*')) {
      i = commentEnd(sql, i)
    } else if (c === "'" || c === '"' || c === '$') {
      i = quotedEnd(sql, i)
    } else if (c === ';' && parens === 0 && blocks === 0) {
      push(i)
      i++
      start = i
    } else if (c === '\\' && (i === 0 || sql[i - 1] === '\n') && GEXEC.test(sql.slice(i, i + 9))) {
      push(i, true)
      const end = sql.indexOf('\n', i)
      i = end === -1 ? sql.length : end + 1
      start = i
    } else i++
  }
  push(sql.length)
  return out
}

const TRANSACTION_CONTROL =
  /^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE\s+TRANSACTION)\b/i

/**
 * Statements that start or end a transaction. The runner owns a file's
 * transaction (or runs it without one), so a file's own BEGIN or COMMIT would
 * commit half of it behind the history's back: such files are refused.
 * A DO body's BEGIN ... END is inside dollar quotes and is not matched.
 */
export function transactionControl(sql: string): Statement | undefined {
  return splitStatements(sql).find(controlsTransaction)
}

/** Whether one statement of a split script starts or ends a transaction (see transactionControl). */
export function controlsTransaction(statement: Statement): boolean {
  return TRANSACTION_CONTROL.test(stripComments(statement.text).trim())
}

/**
 * The end (exclusive) of the quoted token starting at `i`: a string ('...',
 * and E'...' whose backslashes escape, as PostgreSQL's scan.l xe rules do), a
 * quoted identifier ("...") or a dollar-quoted body ($tag$...$tag$). A `$`
 * that opens no body is one character.
 */
function quotedEnd(sql: string, i: number): number {
  const c = sql[i]!
  if (c === '$') {
    const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 80))
    if (!tag) return i + 1
    const end = sql.indexOf(tag[0], i + tag[0].length)
    return end === -1 ? sql.length : end + tag[0].length
  }
  // E'...' only when the E is a token of its own (`SELECT E'\''`), not the end of a name.
  const escapes =
    c === "'" && /[eE]/.test(sql[i - 1] ?? '') && !/[\w$\u0080-\uffff]/.test(sql[i - 2] ?? '')
  let j = i + 1
  while (j < sql.length) {
    if (escapes && sql[j] === '\\') j += 2
    else if (sql[j] === c && sql[j + 1] === c) j += 2
    else if (sql[j] === c) return j + 1
    else j++
  }
  return sql.length
}

/** The end (exclusive) of the comment starting at `i`: `--` to the line's end, or a nested block comment. */
function commentEnd(sql: string, i: number): number {
  if (sql[i] === '-') {
    const end = sql.indexOf('\n', i)
    return end === -1 ? sql.length : end + 1
  }
  let depth = 1
  let j = i + 2
  while (j < sql.length && depth > 0) {
    const pair = sql.slice(j, j + 2)
    depth += pair === '/*' ? 1 : pair === '*/' ? -1 : 0
    j += pair === '/*' || pair === '*/' ? 2 : 1
  }
  return j
}

/**
 * Removes -- and block comments outside quotes, for pattern checks on
 * statement text; a comment becomes a space, as the server reads it.
 */
export function stripComments(sql: string): string {
  let out = ''
  let i = 0
  while (i < sql.length) {
    const c = sql[i]!
    const next = sql[i + 1]
    if ((c === '-' && next === '-') || (c === '/' && next === '*')) {
      i = commentEnd(sql, i)
      out += c === '-' ? '\n' : ' '
    } else if (c === "'" || c === '"' || c === '$') {
      const end = quotedEnd(sql, i)
      out += sql.slice(i, end)
      i = end
    } else {
      out += c
      i++
    }
  }
  return out
}

/** The 1-based line of a 0-based offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++
  return line
}
