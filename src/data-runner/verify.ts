import pg from 'pg'
import type { ExpectedCatalog } from '../data/catalog.js'
import type { YamlPath } from '../manifest/yaml-source.js'

/** One way the catalog differs from the manifest, and the manifest entry it contradicts. */
export interface Problem {
  message: string
  path?: YamlPath
}

/**
 * Reads the region's catalog back and lists every way it differs from what
 * the manifest allows: a table where its rows may not live, a column that
 * should have stayed home, a role that can read too much or too little, row
 * security off or widened, a publication of a manifest table that is not
 * the generated one or has no column list, a subscription that is missing,
 * holds no tables, or is no longer wanted.
 */
export async function verifyCatalog(
  connectionString: string,
  expected: ExpectedCatalog
): Promise<Problem[]> {
  const client = new pg.Client({ connectionString })
  client.on('error', () => undefined)
  await client.connect()
  const problems: Problem[] = []
  const add = (message: string, path?: YamlPath) =>
    problems.push(path === undefined ? { message } : { message, path })
  try {
    for (const table of expected.tables) {
      const found = await client.query<{ oid: number; rls: boolean; force: boolean }>(
        `SELECT c.oid, c.relrowsecurity AS rls, c.relforcerowsecurity AS force FROM pg_catalog.pg_class c
         WHERE c.relname = $1 AND c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')`,
        [table.name]
      )
      const row = found.rows[0]
      const columnPath = (c: string): YamlPath => [...table.path, 'columns', c]
      if (!table.present) {
        if (row)
          add(`table ${table.name} exists here, but its rows may not live in this region`, [
            ...table.path,
            'home'
          ])
        continue
      }
      if (!row) {
        add(`table ${table.name} is missing`, table.path)
        continue
      }
      const { rows: columns } = await client.query<{ name: string }>(
        `SELECT attname AS name FROM pg_catalog.pg_attribute WHERE attrelid = $1 AND attnum > 0 AND NOT attisdropped`,
        [row.oid]
      )
      const actual = new Set(columns.map(c => c.name))
      for (const c of table.columns)
        if (!actual.has(c)) add(`column ${table.name}.${c} is missing`, columnPath(c))
      for (const c of table.absentColumns)
        if (actual.has(c))
          add(
            `column ${table.name}.${c} exists here, but may not leave its home region`,
            columnPath(c)
          )
      if (table.rowPolicy) {
        const locality = [...table.path, 'locality']
        if (!row.rls) add(`table ${table.name} has row level security off`, locality)
        if (!row.force)
          add(
            `table ${table.name} does not FORCE row level security, so its owner sees every region's rows`,
            locality
          )
        const { rows: policies } = await client.query<{ name: string; using: string | null }>(
          `SELECT polname AS name, pg_get_expr(polqual, polrelid) AS using FROM pg_catalog.pg_policy
           WHERE polrelid = $1 AND polpermissive ORDER BY polname`,
          [row.oid]
        )
        for (const p of policies)
          if (p.name !== table.rowPolicy.name || p.using !== table.rowPolicy.using)
            add(
              `policy ${p.name} on ${table.name} is USING ${p.using ?? '(none)'}, but by-row rows here are only those with ${table.rowPolicy.using}`,
              locality
            )
        if (!policies.some(p => p.name === table.rowPolicy!.name))
          add(`policy ${table.rowPolicy.name} on ${table.name} is missing`, locality)
      }
      // Every role holding SELECT on the table or a column of it, other than the owner.
      const { rows: holders } = await client.query<{ role: string }>(
        `SELECT DISTINCT g.rolname AS role FROM pg_catalog.pg_class c, aclexplode(c.relacl) a, pg_catalog.pg_roles g
         WHERE c.oid = $1 AND a.privilege_type = 'SELECT' AND g.oid = a.grantee AND a.grantee <> c.relowner
         UNION
         SELECT g.rolname FROM pg_catalog.pg_class c, pg_catalog.pg_attribute t, aclexplode(t.attacl) a, pg_catalog.pg_roles g
         WHERE c.oid = $1 AND t.attrelid = c.oid AND NOT t.attisdropped AND a.privilege_type = 'SELECT' AND g.oid = a.grantee AND a.grantee <> c.relowner
         ORDER BY 1`,
        [row.oid]
      )
      for (const { role } of holders)
        if (!table.selectRoles.includes(role))
          add(
            `${role} can read ${table.name}, but the manifest names it nowhere as a reader of ${table.name}`,
            [...table.path, 'columns']
          )
      const publicRead = await client.query<{ ok: boolean }>(
        `SELECT EXISTS (SELECT FROM pg_catalog.pg_class c, aclexplode(c.relacl) a WHERE c.oid = $1 AND a.grantee = 0 AND a.privilege_type = 'SELECT') AS ok`,
        [row.oid]
      )
      if (publicRead.rows[0]!.ok)
        add(`PUBLIC can read ${table.name}, so every role can`, [...table.path, 'columns'])
      for (const reader of table.readers) {
        const { rows } = await client.query<{ exists: boolean }>(
          'SELECT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = $1)',
          [reader.role]
        )
        if (!rows[0]!.exists) {
          add(`role ${reader.role} does not exist`, [...table.path, 'columns'])
          continue
        }
        const whole = await client.query<{ ok: boolean }>(
          `SELECT has_table_privilege($1, $2::oid, 'SELECT') AS ok`,
          [reader.role, row.oid]
        )
        if (whole.rows[0]!.ok)
          add(
            `${reader.role} may SELECT all of ${table.name}, which overrides its column privileges`,
            [...table.path, 'columns']
          )
        for (const c of table.columns) {
          const { rows: privilege } = await client.query<{ ok: boolean }>(
            `SELECT has_column_privilege($1, $2::oid, $3, 'SELECT') AS ok`,
            [reader.role, row.oid, c]
          )
          const allowed = reader.columns.includes(c)
          if (privilege[0]!.ok !== allowed)
            add(
              `${reader.role} ${allowed ? 'cannot' : 'can'} read ${table.name}.${c}${allowed ? '' : ', a classified column it is not a reader of'}`,
              [...columnPath(c), 'readers']
            )
        }
      }
    }
    // Every publication of a manifest table: the generated ones with their column list, and no other.
    const manifestTables = expected.tables.map(t => t.name)
    const { rows: published } = await client.query<{
      pubname: string
      tablename: string
      columns: string[]
      listed: boolean
    }>(
      `SELECT p.pubname, c.relname AS tablename, pr.prattrs IS NOT NULL AS listed,
              ARRAY(SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = c.oid AND attnum = ANY (pr.prattrs))::text[] AS columns
       FROM pg_catalog.pg_publication p
       JOIN pg_catalog.pg_publication_rel pr ON pr.prpubid = p.oid
       JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid
       WHERE c.relname = ANY ($1) AND c.relnamespace = current_schema()::regnamespace
       UNION ALL
       SELECT p.pubname, t.tablename, false, ARRAY[]::text[]
       FROM pg_catalog.pg_publication p JOIN pg_catalog.pg_publication_tables t ON t.pubname = p.pubname
       WHERE (p.puballtables OR EXISTS (SELECT FROM pg_catalog.pg_publication_namespace n WHERE n.pnpubid = p.oid))
         AND t.tablename = ANY ($1) AND t.schemaname = current_schema()`,
      [manifestTables]
    )
    for (const p of published) {
      const want = expected.publications.find(e => e.name === p.pubname && e.table === p.tablename)
      const tablePath = expected.tables.find(t => t.name === p.tablename)!.path
      if (!want) {
        add(
          `publication ${p.pubname} publishes ${p.tablename}, which the manifest does not replicate from here under that name`,
          [...tablePath, 'locality']
        )
        continue
      }
      if (!p.listed) {
        add(
          `publication ${p.pubname} publishes ${p.tablename} without a column list, so every column, and any added later, is copied`,
          want.path
        )
        continue
      }
      const wanted = [...want.columns].sort().join(', ')
      const have = [...p.columns].sort().join(', ')
      if (wanted !== have)
        add(`publication ${p.pubname} publishes (${have}), not (${wanted})`, want.path)
    }
    for (const e of expected.publications)
      if (!published.some(p => p.pubname === e.name && p.tablename === e.table))
        add(`publication ${e.name} does not publish ${e.table}`, e.path)
    const { rows: subs } = await client.query<{ name: string; tables: number; tagged: boolean }>(
      `SELECT s.subname AS name,
              (SELECT count(*) FROM pg_catalog.pg_subscription_rel r WHERE r.srsubid = s.oid)::int AS tables,
              coalesce(obj_description(s.oid, 'pg_subscription') = $1, false) AS tagged
       FROM pg_catalog.pg_subscription s
       WHERE s.subdbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())`,
      [expected.tag]
    )
    for (const e of expected.subscriptions) {
      const s = subs.find(x => x.name === e.name)
      if (!s) add(`subscription ${e.name} to ${e.table} from ${e.home} is missing`, e.path)
      else if (s.tables === 0)
        add(
          `subscription ${e.name} holds no tables, so nothing of ${e.table} arrives from ${e.home}; run migrate for ${e.home}, then here again`,
          e.path
        )
    }
    for (const s of subs)
      if (s.tagged && !expected.subscriptions.some(e => e.name === s.name))
        add(`subscription ${s.name} is no longer in the manifest, but still copies rows here`)
  } finally {
    await client.end().catch(() => undefined)
  }
  return problems
}
