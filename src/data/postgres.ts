import { migration, sha256 } from './migration.js'
import type { Migration } from './migration.js'
import {
  REGION_COLUMN,
  classifiedJurisdictions,
  columnsIn,
  isClassified,
  region,
  subscribers,
  SUBJECT_REQUESTS_TABLE,
  isPersonal,
  tableReaders
} from './model.js'
import type { DataColumn, DataModel, DataTable } from './model.js'
import { NO_TRANSACTION_MARKER, ident, isSafeType, literal } from './sql.js'

/** PostgreSQL truncates names past 63 bytes; long generated names keep a hash so they stay distinct. */
export function objectName(...parts: string[]): string {
  const name = parts.join('_').replace(/[^a-z0-9_]/g, '_')
  return name.length <= 63 ? name : `${name.slice(0, 54)}_${sha256(name).slice(0, 8)}`
}

export function publicationName(table: DataTable, subscriber: string): string {
  return objectName('mr', table.name, 'to', subscriber)
}

/** Replication slots take the subscription's name and are per publisher cluster, which several services may share. */
export function subscriptionName(model: DataModel, table: DataTable, subscriber: string): string {
  return objectName('mr', model.service, table.name, table.home, 'to', subscriber)
}

export const RETENTION_FUNCTION_PREFIX = 'mr_retention_'

/**
 * Stands where a subscription's connection string goes. The URL is a secret,
 * so the plan and the history hold this literal and the runner swaps in the
 * publisher's URL when it executes the statement.
 */
export function publisherPlaceholder(region: string): string {
  return literal(`multiregion:publisher=${region}`)
}
export const PUBLISHER_PLACEHOLDER = /'multiregion:publisher=([a-z0-9-]+)'/g

/**
 * A \gexec query's column of this name holds statements for another region's
 * publisher, not this database: each value starts with a line naming the
 * region (`-- multiregion:runs-on us-east`). Only generated files may use it:
 * the runner holds the publisher's credentials, not the file's author.
 */
export const ON_PUBLISHER_COLUMN = 'multiregion:on-publisher'
export const RUNS_ON = /^-- multiregion:runs-on ([a-z0-9-]+)\n/

/** Dollar-quoted, so the statement reads in the plan as it will run. */
function onPublisher(region: string, sql: string): string {
  const text = `-- multiregion:runs-on ${region}\n${sql}`
  if (text.includes('$publisher$')) throw new Error('statement contains its own quote')
  return `SELECT $publisher$${text}\n$publisher$ AS ${ident(ON_PUBLISHER_COLUMN)}`
}

/** The timestamp a retention job compares against: created_at, else the first timestamp column. */
export function retentionColumn(table: DataTable): DataColumn | undefined {
  const stamps = table.columns.filter(c => /^timestamp/i.test(c.type))
  return stamps.find(c => c.name === 'created_at') ?? stamps[0]
}

/** Whether every name and type in the table is safe to compile; the lint reports the rest. */
export function compilable(table: DataTable): boolean {
  return table.columns.every(c => isSafeType(c.type))
}

function columnDefinition(c: DataColumn): string {
  return `${ident(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`
}

function createTable(table: DataTable, columns: DataColumn[]): string[] {
  const keys = columns.filter(c => c.primaryKey)
  const rest = columns.filter(c => !c.primaryKey)
  // A replica's column that became classified (or whose residency narrowed) holds copies that may not be here.
  const gone = table.columns.filter(c => !columns.includes(c))
  const lines = columns.map(c => `  ${columnDefinition(c)}`)
  if (keys.length > 0) lines.push(`  PRIMARY KEY (${keys.map(c => ident(c.name)).join(', ')})`)
  return [
    `CREATE TABLE IF NOT EXISTS ${ident(table.name)} (\n${lines.join(',\n')}\n);`,
    // A column added to the manifest later reaches tables created before it.
    ...(rest.length > 0
      ? [
          `ALTER TABLE ${ident(table.name)}\n${rest.map(c => `  ADD COLUMN IF NOT EXISTS ${columnDefinition(c)}`).join(',\n')};`
        ]
      : []),
    ...(gone.length > 0
      ? [
          `ALTER TABLE ${ident(table.name)}\n${gone.map(c => `  DROP COLUMN IF EXISTS ${ident(c.name)}`).join(',\n')};`
        ]
      : [])
  ]
}

/** The COMMENT ON TABLE that marks a table as the manifest's: what the prune step recognises. */
export const TABLE_TAG = '{"multiregion":'

function nameArray(names: readonly string[]): string {
  return `ARRAY[${names.map(literal).join(', ')}]::name[]`
}

/**
 * Tables this service created here that the manifest no longer places here.
 * A global table's replica holds copies of its home's rows: it is dropped.
 * Any other table holds rows of its own: it is dropped when empty, and
 * otherwise the file fails, saying what to do, rather than lose them.
 */
function pruneTables(model: DataModel, regionName: string, here: readonly DataTable[]): string {
  const keep = nameArray(here.map(t => t.name))
  return `DO $mr$
DECLARE
  t record;
  held bigint;
BEGIN
  FOR t IN
    SELECT c.relname, d.description::jsonb -> 'multiregion' AS about
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_description d
      ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
      AND d.description LIKE ${literal(`${TABLE_TAG}%`)}
      AND c.relname <> ALL (${keep})
  LOOP
    IF t.about ->> 'locality' = 'global' AND t.about ->> 'home' <> ${literal(regionName)} THEN
      EXECUTE format('DROP TABLE %I', t.relname);
      CONTINUE;
    END IF;
    -- Row security would hide other regions' rows from the count; the file is one transaction, so this never outlives it.
    EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY', t.relname);
    EXECUTE format('SELECT count(*) FROM %I', t.relname) INTO held;
    IF held > 0 THEN
      RAISE EXCEPTION 'table % holds % row(s) in region ${regionName.replaceAll("'", "''")}, where the manifest of ${model.service.replaceAll("'", "''")} no longer places it', t.relname, held
        USING HINT = 'Move the rows to a region that may hold them, then delete them here with a hand-written migration that records its approval (-- multiregion:approve-destructive), and run migrate again.';
    END IF;
    EXECUTE format('DROP TABLE %I', t.relname);
  END LOOP;
END $mr$;`
}

/**
 * A by-row table keeps only its own region's rows. One that was a global
 * replica here (the manifest changed its locality) still holds copies of
 * every region's rows: they go. Row security would hide them from the
 * DELETE, so it is lifted for it and forced again in the same transaction.
 */
function foreignRows(table: DataTable, regionName: string): string {
  const t = ident(table.name)
  return `ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY;\nDELETE FROM ${t} WHERE ${ident(REGION_COLUMN)} IS DISTINCT FROM ${literal(regionName)};\nALTER TABLE ${t} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;`
}

function ensureRole(role: string): string {
  return `DO $mr$ BEGIN\n  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${literal(role)}) THEN\n    CREATE ROLE ${ident(role)} NOLOGIN;\n  END IF;\nEND $mr$;`
}

/**
 * Revokes SELECT from every role that holds it on the table (or any of its
 * columns) but is neither a reader, the table's owner nor the replication
 * role: a reader removed from the manifest loses what it was granted.
 */
function revokeOthers(table: DataTable, allowed: readonly string[]): string {
  const t = literal(ident(table.name))
  return `DO $mr$
DECLARE
  r name;
BEGIN
  FOR r IN
    SELECT g.rolname FROM pg_catalog.pg_class c, aclexplode(c.relacl) a, pg_catalog.pg_roles g
    WHERE c.oid = ${t}::regclass AND a.privilege_type = 'SELECT' AND g.oid = a.grantee AND a.grantee <> c.relowner
    UNION
    SELECT g.rolname FROM pg_catalog.pg_class c, pg_catalog.pg_attribute t, aclexplode(t.attacl) a, pg_catalog.pg_roles g
    WHERE c.oid = ${t}::regclass AND t.attrelid = c.oid AND NOT t.attisdropped AND a.privilege_type = 'SELECT' AND g.oid = a.grantee AND a.grantee <> c.relowner
  LOOP
    IF r <> ALL (${nameArray(allowed)}) THEN
      -- Revoking the table's SELECT revokes every column's SELECT too.
      EXECUTE format('REVOKE SELECT ON TABLE %I FROM %I', ${literal(table.name)}, r);
    END IF;
  END LOOP;
END $mr$;`
}

function grants(
  model: DataModel,
  table: DataTable,
  columns: DataColumn[],
  replication: string | undefined
): string[] {
  const t = ident(table.name)
  const readers = tableReaders(table)
  // A table-level SELECT would override every column restriction, so start from none.
  const out = [
    `REVOKE ALL ON TABLE ${t} FROM PUBLIC;`,
    revokeOthers(table, replication === undefined ? readers : [...readers, replication])
  ]
  for (const role of readers) {
    // Only SELECT: a reader may be the application's own role, whose INSERT or DELETE is not the manifest's business.
    out.push(`REVOKE SELECT ON TABLE ${t} FROM ${ident(role)};`)
    const readable = columns.filter(c => !isClassified(c) || c.readers.includes(role))
    if (readable.length > 0)
      out.push(
        `GRANT SELECT (${readable.map(c => ident(c.name)).join(', ')}) ON TABLE ${t} TO ${ident(role)};`
      )
  }
  // multiregion/data runs each write as the caller's role, so these grants are what a write is checked against.
  for (const role of table.writers ?? [])
    out.push(`GRANT INSERT, UPDATE, DELETE ON TABLE ${t} TO ${ident(role)};`)
  if (table.subject)
    for (const role of model.subjectRoles ?? []) out.push(...erasureGrant(table, columns, role))
  return out
}

/** What erasure needs and nothing more: DELETE, or UPDATE of the personal columns it sets to NULL. */
function erasureGrant(table: DataTable, columns: DataColumn[], role: string): string[] {
  const t = ident(table.name)
  if (table.subject?.erase !== 'nullify') return [`GRANT DELETE ON TABLE ${t} TO ${ident(role)};`]
  const cleared = nullified(table).filter(c => columns.some(k => k.name === c))
  return cleared.length > 0
    ? [`GRANT UPDATE (${cleared.map(ident).join(', ')}) ON TABLE ${t} TO ${ident(role)};`]
    : []
}

/** The columns erase: nullify sets to NULL: the personal, nullable, non-key ones other than the subject column. */
export function nullified(table: DataTable): string[] {
  return table.columns
    .filter(c => isPersonal(c) && c.nullable && !c.primaryKey && c.name !== table.subject?.column)
    .map(c => c.name)
}

/**
 * Every region keeps the subject requests homed there, so a request that a
 * region's outage left unfinished is on record and can be resumed. Only the
 * subject request roles may read or write it.
 */
function subjectRequestsTable(roles: readonly string[]): string[] {
  const t = ident(SUBJECT_REQUESTS_TABLE)
  return [
    `CREATE TABLE IF NOT EXISTS ${t} (\n  id uuid PRIMARY KEY,\n  subject text NOT NULL,\n  action text NOT NULL CHECK (action IN ('export', 'erase')),\n  role text NOT NULL,\n  purpose text NOT NULL,\n  requested_at timestamptz NOT NULL DEFAULT now(),\n  updated_at timestamptz NOT NULL DEFAULT now(),\n  complete boolean NOT NULL DEFAULT false,\n  regions jsonb NOT NULL\n);`,
    `REVOKE ALL ON TABLE ${t} FROM PUBLIC;`,
    ...roles.map(r => `GRANT SELECT, INSERT, UPDATE ON TABLE ${t} TO ${ident(r)};`)
  ]
}

/** The one policy on a by-row table. */
export const ROW_POLICY = 'multiregion_rows_in_region'

function rowSecurity(table: DataTable, regionName: string): string[] {
  const t = ident(table.name)
  const policy = ident(ROW_POLICY)
  const here = `${ident(REGION_COLUMN)} = ${literal(regionName)}`
  return [
    `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`,
    // FORCE binds the table owner too, so an application connecting as owner cannot store another region's rows.
    `ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;`,
    `DROP POLICY IF EXISTS ${policy} ON ${t};`,
    `CREATE POLICY ${policy} ON ${t} AS PERMISSIVE FOR ALL TO PUBLIC USING (${here}) WITH CHECK (${here});`
  ]
}

/**
 * A table that was by-row before: its region policy goes, and row security
 * with it unless a hand-written migration added policies of its own.
 */
function noRowSecurity(table: DataTable): string[] {
  const t = ident(table.name)
  return [
    `DROP POLICY IF EXISTS ${ident(ROW_POLICY)} ON ${t};`,
    `DO $mr$ BEGIN\n  IF NOT EXISTS (SELECT FROM pg_catalog.pg_policy WHERE polrelid = ${literal(t)}::regclass) THEN\n    ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY;\n  END IF;\nEND $mr$;`
  ]
}

function comments(model: DataModel, table: DataTable, columns: DataColumn[]): string[] {
  const about: Record<string, unknown> = {
    multiregion: {
      service: model.service,
      home: table.home,
      locality: table.locality,
      ...(table.residency ? { residency: table.residency } : {}),
      ...(table.retention ? { retention: table.retention } : {})
    }
  }
  const out = [`COMMENT ON TABLE ${ident(table.name)} IS ${literal(JSON.stringify(about))};`]
  for (const c of columns.filter(isClassified)) {
    const tag = {
      fides: c.category,
      readers: c.readers,
      residency: classifiedJurisdictions(model, table)
    }
    out.push(
      `COMMENT ON COLUMN ${ident(table.name)}.${ident(c.name)} IS ${literal(JSON.stringify(tag))};`
    )
  }
  return out
}

function retentionJob(table: DataTable): string[] {
  const column = retentionColumn(table)
  if (table.retentionSeconds === undefined || column === undefined) return []
  const fn = ident(objectName(RETENTION_FUNCTION_PREFIX + table.name))
  return [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS bigint LANGUAGE sql AS $mr$\n  WITH gone AS (\n    DELETE FROM ${ident(table.name)}\n    WHERE ${ident(column.name)} < now() - interval ${literal(`${table.retentionSeconds} seconds`)}\n    RETURNING 1\n  )\n  SELECT count(*) FROM gone\n$mr$;`,
    `COMMENT ON FUNCTION ${fn}() IS ${literal(`${RETENTION_COMMENT}${table.name} (${table.retention}): deletes rows older than that and returns how many. Schedule it daily, for example with pg_cron: SELECT cron.schedule('${table.name}-retention', '@daily', 'SELECT ${objectName(RETENTION_FUNCTION_PREFIX + table.name)}()').`)};`
  ]
}

/** The comment that marks publications and subscriptions as this service's, so the prune steps find them. */
export function objectTag(model: DataModel): string {
  return JSON.stringify({ multiregion: { service: model.service } })
}

const RETENTION_COMMENT = 'multiregion retention job for '

/** Retention functions of tables no longer here, or no longer kept for a while. */
function pruneRetentionJobs(here: readonly DataTable[]): string {
  const keep = here
    .filter(t => t.retentionSeconds !== undefined && retentionColumn(t) !== undefined)
    .map(t => objectName(RETENTION_FUNCTION_PREFIX + t.name))
  return `DO $mr$
DECLARE
  f name;
BEGIN
  FOR f IN
    SELECT p.proname FROM pg_catalog.pg_proc p
    JOIN pg_catalog.pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::regclass
    WHERE p.pronamespace = current_schema()::regnamespace AND d.description LIKE ${literal(`${RETENTION_COMMENT}%`)}
      AND p.proname <> ALL (${nameArray(keep)})
  LOOP
    EXECUTE format('DROP FUNCTION %I()', f);
  END LOOP;
END $mr$;`
}

function publication(model: DataModel, table: DataTable, subscriber: string): string[] {
  const name = publicationName(table, subscriber)
  const columns = columnsIn(model, table, subscriber).map(c => ident(c.name))
  const list = `${ident(table.name)} (${columns.join(', ')})`
  return [
    `DO $mr$ BEGIN\n  IF EXISTS (SELECT FROM pg_catalog.pg_publication WHERE pubname = ${literal(name)}) THEN\n    ALTER PUBLICATION ${ident(name)} SET TABLE ${list};\n  ELSE\n    CREATE PUBLICATION ${ident(name)} FOR TABLE ${list};\n  END IF;\nEND $mr$;`,
    `COMMENT ON PUBLICATION ${ident(name)} IS ${literal(objectTag(model))};`
  ]
}

/** Publications of this service here that the manifest no longer has: a narrowed residency stops replicating at once. */
function prunePublications(model: DataModel, keep: readonly string[]): string {
  return `DO $mr$
DECLARE
  p name;
BEGIN
  FOR p IN
    SELECT pubname FROM pg_catalog.pg_publication x
    JOIN pg_catalog.pg_description d ON d.objoid = x.oid AND d.classoid = 'pg_catalog.pg_publication'::regclass
    WHERE d.description = ${literal(objectTag(model))} AND pubname <> ALL (${nameArray(keep)})
  LOOP
    EXECUTE format('DROP PUBLICATION %I', p);
  END LOOP;
END $mr$;`
}

/** The replication role may read exactly the published columns, so its password opens nothing classified. */
function replicationGrant(
  model: DataModel,
  table: DataTable,
  regionName: string,
  role: string
): string[] {
  const published = [
    ...new Set(subscribers(table).flatMap(s => columnsIn(model, table, s).map(c => c.name)))
  ]
  return [
    `DO $mr$ BEGIN\n  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${literal(role)} AND (rolreplication OR rolsuper)) THEN\n    RAISE EXCEPTION 'the replication role % (regions.${regionName}.database.replication.user) does not exist here or lacks REPLICATION', ${literal(role)}\n      USING HINT = 'The platform team creates it once per database server: CREATE ROLE ... LOGIN REPLICATION, with its password in the subscribers'' password file.';\n  END IF;\nEND $mr$;`,
    `REVOKE SELECT ON TABLE ${ident(table.name)} FROM ${ident(role)};`,
    `GRANT SELECT (${published.map(ident).join(', ')}) ON TABLE ${ident(table.name)} TO ${ident(role)};`
  ]
}

/**
 * Runs on the publisher: the subscription's slot, created unless it exists.
 * One left by a run killed inside CREATE SUBSCRIPTION is idle and taken
 * over; one in use streams to some other subscriber, which must not lose it,
 * and slot names are per cluster, so one made for another database or
 * plugin is someone else's.
 *
 * No slot is made before its publication exists. pgoutput looks the
 * publication up in the catalog as of each change it decodes, and before
 * PostgreSQL 18 a publication missing at that point is an error, not a skip
 * (src/backend/replication/pgoutput/pgoutput.c, LoadPublications): a slot
 * made first stops at the first change committed before the publication,
 * and the subscription never receives a row.
 */
function ensureSlot(slot: string, home: string, publication: string): string {
  const where = `slot_name = ${literal(slot)}`
  return `DO $mr$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_replication_slots WHERE ${where}) AND NOT EXISTS (SELECT FROM pg_catalog.pg_publication WHERE pubname = ${literal(publication)}) THEN
    RAISE EXCEPTION 'publication % does not exist on % yet, so subscription % cannot start', ${literal(publication)}, ${literal(home)}, ${literal(slot)}
      USING HINT = 'Run migrate for ${home.replaceAll("'", "''")} (it publishes the table), then run this region again.';
  END IF;
  IF EXISTS (SELECT FROM pg_catalog.pg_replication_slots WHERE ${where} AND active) THEN
    RAISE EXCEPTION 'replication slot % on % is in use by another connection (pid %)', ${literal(slot)}, ${literal(home)}, (SELECT active_pid FROM pg_catalog.pg_replication_slots WHERE ${where})
      USING HINT = 'Another subscriber streams from it. Stop that subscriber, or drop the slot on ${home.replaceAll("'", "''")} if nothing needs it, then run migrate again.';
  END IF;
  IF EXISTS (SELECT FROM pg_catalog.pg_replication_slots WHERE ${where} AND (database IS DISTINCT FROM current_database() OR plugin IS DISTINCT FROM 'pgoutput')) THEN
    RAISE EXCEPTION 'replication slot % on % was made for another database or plugin (%)', ${literal(slot)}, ${literal(home)}, (SELECT concat_ws(', ', database, plugin, slot_type) FROM pg_catalog.pg_replication_slots WHERE ${where})
      USING HINT = 'Slot names are shared by the databases of a server. Drop the slot on ${home.replaceAll("'", "''")} if nothing needs it, then run migrate again.';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_replication_slots WHERE ${where}) THEN
    PERFORM pg_catalog.pg_create_logical_replication_slot(${literal(slot)}, 'pgoutput');
  END IF;
END $mr$`
}

/**
 * A replica that gains a column would hold NULL there for every row it
 * already has: logical replication copies a table's rows once, when it joins
 * a subscription. So a replica lacking one of its columns is emptied and its
 * subscription dropped, keeping the slot (slot_name = NONE lets DROP run in
 * the file's transaction); 04_subscription, whose text names the columns and
 * so runs again, takes the slot over and copies the rows whole.
 */
function recopyWidened(
  model: DataModel,
  table: DataTable,
  regionName: string,
  columns: DataColumn[]
): string {
  const name = subscriptionName(model, table, regionName)
  const relation = literal(ident(table.name))
  return `DO $mr$
BEGIN
  IF to_regclass(${relation}) IS NULL OR NOT EXISTS (
    SELECT FROM unnest(${nameArray(columns.map(c => c.name))}) AS wanted(name)
    WHERE NOT EXISTS (
      SELECT FROM pg_catalog.pg_attribute a
      WHERE a.attrelid = to_regclass(${relation}) AND a.attname = wanted.name AND NOT a.attisdropped
    )
  ) THEN
    RETURN;
  END IF;
  IF EXISTS (${subscriptionHere(name)}) THEN
    EXECUTE format('ALTER SUBSCRIPTION %I DISABLE', ${literal(name)});
    EXECUTE format('ALTER SUBSCRIPTION %I SET (slot_name = NONE)', ${literal(name)});
    EXECUTE format('DROP SUBSCRIPTION %I', ${literal(name)});
  END IF;
  EXECUTE format('TRUNCATE %I', ${literal(table.name)});
END $mr$;`
}

/** This database's subscription of that name (pg_subscription is shared by the cluster's databases). */
function subscriptionHere(name: string): string {
  return `SELECT s.oid, s.subname FROM pg_catalog.pg_subscription s\n  WHERE s.subname = ${literal(name)}\n    AND s.subdbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())`
}

function subscriptionFile(
  model: DataModel,
  table: DataTable,
  regionName: string,
  columns: DataColumn[]
): string[] {
  const name = subscriptionName(model, table, regionName)
  const pub = publicationName(table, regionName)
  const mine = subscriptionHere(name)
  return [
    // Named here so that a change of columns runs this file again, after 01_tables emptied a widened replica.
    `-- The replica holds ${columns.map(c => c.name).join(', ')}.`,
    // The slot is made apart from the subscription: a run killed after the publisher made it, before CREATE SUBSCRIPTION committed, finds it next time.
    `${onPublisher(table.home, ensureSlot(name, table.home, pub))}\nWHERE NOT EXISTS (${mine})\n\\gexec`,
    // Created only when missing: a run killed after CREATE SUBSCRIPTION committed, but before the history row, runs this again.
    `SELECT format('CREATE SUBSCRIPTION %I CONNECTION %L PUBLICATION %I WITH (create_slot = false, slot_name = %L)', ${literal(name)}, ${publisherPlaceholder(table.home)}, ${literal(pub)}, ${literal(name)})\nWHERE NOT EXISTS (${mine})\n\\gexec`,
    `COMMENT ON SUBSCRIPTION ${ident(name)} IS ${literal(objectTag(model))};`,
    // A subscription created before its publication existed holds no tables until refreshed.
    `SELECT format('ALTER SUBSCRIPTION %I REFRESH PUBLICATION', m.subname)\nFROM (${mine}) m\nWHERE NOT EXISTS (SELECT FROM pg_catalog.pg_subscription_rel r WHERE r.srsubid = m.oid)\n\\gexec`,
    // Still empty: the publication does not exist yet. The file fails and stays unrecorded, so the next run tries again.
    `DO $mr$ BEGIN\n  IF NOT EXISTS (SELECT FROM pg_catalog.pg_subscription_rel r WHERE r.srsubid = (SELECT m.oid FROM (${mine.replaceAll('\n', ' ')}) m)) THEN\n    RAISE EXCEPTION 'subscription % holds no tables: publication % does not exist on ${table.home} yet', ${literal(name)}, ${literal(pub)}\n      USING HINT = 'Run migrate for ${table.home} (it publishes ${table.name.replaceAll("'", "''")}), then run this region again.';\n  END IF;\nEND $mr$;`
  ]
}

/** Subscriptions of this service here that the manifest no longer has. DROP SUBSCRIPTION runs outside a transaction and drops the publisher's slot. */
function pruneSubscriptions(model: DataModel, keep: readonly string[]): string {
  return `SELECT format('DROP SUBSCRIPTION %I', s.subname)\nFROM pg_catalog.pg_subscription s\nJOIN pg_catalog.pg_description d ON d.objoid = s.oid AND d.classoid = 'pg_catalog.pg_subscription'::regclass\nWHERE s.subdbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())\n  AND d.description = ${literal(objectTag(model))}\n  AND s.subname <> ALL (${nameArray(keep)})\n\\gexec`
}

function file(model: DataModel, regionName: string, title: string, body: string[]): string {
  return `-- Generated by multiregion for ${model.service} in region ${regionName}: ${title}.\n-- Do not edit: change multiregion.yaml and plan again.\n\n${body.join('\n\n')}\n`
}

/**
 * The generated migrations of one region, in the order they run: the
 * subscriptions the manifest no longer has are dropped, then tables (and
 * those no longer placed here pruned), then privileges, row security,
 * comments and retention, then the publications this region serves (and
 * those no longer wanted dropped), then its subscriptions.
 */
export function compilePostgres(model: DataModel, regionName: string): Migration[] {
  const here = model.tables.filter(t => t.placement.includes(regionName) && compilable(t))
  const subscribed = here.filter(t => t.locality === 'global' && t.home !== regionName)
  const homed = here.filter(t => t.home === regionName)
  const replication = region(model, regionName)?.replication?.user
  const out: Migration[] = []
  const add = (n: string, title: string, body: string[], marker = false) => {
    if (body.length === 0) return
    const sql = file(model, regionName, title, marker ? [NO_TRANSACTION_MARKER, ...body] : body)
    out.push(migration(`multiregion/${n}`, 'generated', `generated/${regionName}/${n}.sql`, sql))
  }
  add(
    '00_prune',
    'drop the subscriptions the manifest no longer has (psql \\gexec: each row runs as a statement)',
    [
      pruneSubscriptions(
        model,
        subscribed.map(t => subscriptionName(model, t, regionName))
      )
    ],
    true
  )
  add('01_tables', 'tables whose rows may live here', [
    pruneTables(model, regionName, here),
    ...here.flatMap(t => [
      ...(subscribed.includes(t)
        ? [recopyWidened(model, t, regionName, columnsIn(model, t, regionName))]
        : []),
      ...createTable(t, columnsIn(model, t, regionName)),
      ...(t.locality === 'by-row' ? [foreignRows(t, regionName)] : [])
    ])
  ])
  const subjectRoles = model.subjectRoles ?? []
  const roles = [...new Set([...here.flatMap(tableReaders), ...subjectRoles])].sort()
  add('02_policy', 'column privileges, row security, classification and retention', [
    pruneRetentionJobs(here),
    ...roles.map(ensureRole),
    ...(subjectRoles.length > 0 ? subjectRequestsTable(subjectRoles) : []),
    ...here.flatMap(t => {
      const columns = columnsIn(model, t, regionName)
      return [
        ...grants(model, t, columns, replication),
        ...(t.locality === 'by-row' ? rowSecurity(t, regionName) : noRowSecurity(t)),
        ...comments(model, t, columns),
        ...retentionJob(t)
      ]
    })
  ])
  const published = homed.filter(t => subscribers(t).length > 0)
  add('03_publications', 'publications of the global tables homed here, with column lists', [
    prunePublications(
      model,
      published.flatMap(t => subscribers(t).map(s => publicationName(t, s)))
    ),
    ...published.flatMap(t => [
      ...subscribers(t).flatMap(s => publication(model, t, s)),
      ...(replication === undefined ? [] : replicationGrant(model, t, regionName, replication))
    ])
  ])
  // A file per subscription (CREATE SUBSCRIPTION cannot run in a transaction), each safe to run again.
  for (const t of subscribed)
    add(
      `04_subscription_${t.name}`,
      `subscription to ${t.name} from ${t.home} (CREATE SUBSCRIPTION cannot run in a transaction; psql \\gexec runs each row as a statement, and multiregion runs a "${ON_PUBLISHER_COLUMN}" row on ${t.home})`,
      subscriptionFile(model, t, regionName, columnsIn(model, t, regionName)),
      true
    )
  return out
}
