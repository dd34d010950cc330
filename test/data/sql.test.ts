import { describe, expect, it } from '@jest/globals'
import { splitStatements, stripComments, transactionControl } from '../../src/data/sql.js'

const ATOMIC = `CREATE FUNCTION answer() RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT CASE WHEN true THEN 42 ELSE 0 END;
END;`

describe('statements of a migration file', () => {
  it('keeps a SQL-standard function body (BEGIN ATOMIC ... END) in one statement, as psql does', () => {
    const statements = splitStatements(`${ATOMIC}\nSELECT answer();\n`)
    expect(statements.map(s => [s.line, s.text])).toEqual([
      [1, ATOMIC.slice(0, -1)],
      [5, 'SELECT answer()']
    ])
  })

  it('keeps CREATE OR REPLACE PROCEDURE bodies whole, with nested CASE ... END', () => {
    const procedure = `CREATE OR REPLACE PROCEDURE bump(n int) LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO counts VALUES (CASE WHEN n > 0 THEN n ELSE 0 END);
  UPDATE totals SET n = n + 1;
END`
    expect(splitStatements(`${procedure};\nCOMMIT;`).map(s => s.text)).toEqual([
      procedure,
      'COMMIT'
    ])
  })

  it("reads E'...' strings as PostgreSQL does: a backslash escapes the quote", () => {
    const sql =
      "SELECT E'\\'/*';\nCREATE PUBLICATION leak FOR ALL TABLES;\nSELECT '*/', name'x' FROM t;"
    expect(splitStatements(sql).map(s => s.text)).toEqual([
      "SELECT E'\\'/*'",
      'CREATE PUBLICATION leak FOR ALL TABLES',
      "SELECT '*/', name'x' FROM t"
    ])
  })

  it('strips comments but not comment markers inside quotes', () => {
    expect(stripComments(`SELECT '--', "/*", $b$ -- $b$ /* c */ -- d\nFROM t`)).toBe(
      `SELECT '--', "/*", $b$ -- $b$   \nFROM t`
    )
  })

  it('splits at semicolons outside parentheses only', () => {
    expect(
      splitStatements(
        'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));\nSELECT 1;'
      ).map(s => s.text)
    ).toEqual([
      'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))',
      'SELECT 1'
    ])
  })

  it('accepts a BEGIN ATOMIC function, and still finds BEGIN, COMMIT, START TRANSACTION, ROLLBACK and END', () => {
    expect(transactionControl(ATOMIC)).toBeUndefined()
    expect(
      transactionControl(`CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;`)
    ).toBeUndefined()
    for (const [sql, line] of [
      [`${ATOMIC}\nBEGIN;\nCREATE TABLE t (x int);\nCOMMIT;`, 5],
      [`${ATOMIC}\nCOMMIT;`, 5],
      ['START TRANSACTION;\nSELECT 1;', 1],
      ['SELECT 1;\n  rollback;', 2],
      ['SELECT 1;\nEND;', 2],
      // BEGIN opens a body only in CREATE FUNCTION or PROCEDURE; elsewhere it is a transaction.
      ['CREATE TABLE t (x int);\nBEGIN;\nSELECT 1;\nEND;', 2],
      // A function without a BEGIN ATOMIC body ends at its semicolon.
      ['CREATE FUNCTION g() RETURNS int LANGUAGE sql RETURN 1;\nBEGIN;\nSELECT 1;\nCOMMIT;', 2]
    ] as const)
      expect([sql, transactionControl(sql)?.line]).toEqual([sql, line])
  })
})
