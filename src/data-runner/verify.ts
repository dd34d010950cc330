import pg from 'pg'
import type { ExpectedCatalog } from '../data/catalog.js'

/**
 * Reads the region's catalog back and lists every way it differs from what
 * the manifest allows: a table where its rows may not live, a column that
 * should have stayed home, a reader who can read too much or too little, a
 * publication whose column list is not the generated one.
 */
export async function verifyCatalog(
  connectionString: string,
  expected: ExpectedCatalog
): Promise<string[]> {
  const client = new pg.Client({ connectionString })
  client.on('error', () => undefined)
  await client.connect()
  const problems: string[] = []
  try {
    for (const table of expected.tables) {
      const found = await client.query<{ oid: number; rls: boolean }>(
        `SELECT c.oid, c.relrowsecurity AS rls FROM pg_catalog.pg_class c
         WHERE c.relname = $1 AND c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')`,
        [table.name]
      )
      const row = found.rows[0]
      if (!table.present) {
        if (row)
          problems.push(`table ${table.name} exists here, but its rows may not live in this region`)
        continue
      }
      if (!row) {
        problems.push(`table ${table.name} is missing`)
        continue
      }
      const { rows: columns } = await client.query<{ name: string }>(
        `SELECT attname AS name FROM pg_catalog.pg_attribute WHERE attrelid = $1 AND attnum > 0 AND NOT attisdropped`,
        [row.oid]
      )
      const actual = new Set(columns.map(c => c.name))
      for (const c of table.columns)
        if (!actual.has(c)) problems.push(`column ${table.name}.${c} is missing`)
      for (const c of table.absentColumns)
        if (actual.has(c))
          problems.push(`column ${table.name}.${c} exists here, but may not leave its home region`)
      if (table.rowSecurity && !row.rls)
        problems.push(`table ${table.name} has row level security off`)
      for (const reader of table.readers) {
        const { rows } = await client.query<{ exists: boolean }>(
          'SELECT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = $1)',
          [reader.role]
        )
        if (!rows[0]!.exists) {
          problems.push(`role ${reader.role} does not exist`)
          continue
        }
        const whole = await client.query<{ ok: boolean }>(
          `SELECT has_table_privilege($1, $2::oid, 'SELECT') AS ok`,
          [reader.role, row.oid]
        )
        if (whole.rows[0]!.ok)
          problems.push(
            `${reader.role} may SELECT all of ${table.name}, which overrides its column privileges`
          )
        for (const c of table.columns) {
          const { rows: privilege } = await client.query<{ ok: boolean }>(
            `SELECT has_column_privilege($1, $2::oid, $3, 'SELECT') AS ok`,
            [reader.role, row.oid, c]
          )
          const allowed = reader.columns.includes(c)
          if (privilege[0]!.ok !== allowed)
            problems.push(
              `${reader.role} ${allowed ? 'cannot' : 'can'} read ${table.name}.${c}${allowed ? '' : ', a classified column it is not a reader of'}`
            )
        }
      }
    }
    for (const publication of expected.publications) {
      const { rows } = await client.query<{ columns: string[] | null }>(
        `SELECT attnames::text[] AS columns FROM pg_catalog.pg_publication_tables WHERE pubname = $1 AND tablename = $2`,
        [publication.name, publication.table]
      )
      const listed = rows[0]?.columns
      if (!listed) {
        problems.push(`publication ${publication.name} does not publish ${publication.table}`)
        continue
      }
      const want = [...publication.columns].sort().join(', ')
      const have = [...listed].sort().join(', ')
      if (want !== have)
        problems.push(`publication ${publication.name} publishes (${have}), not (${want})`)
    }
  } finally {
    await client.end().catch(() => undefined)
  }
  return problems
}
