#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  closest,
  parseDuration
} from "./cli-chunk-T7O25SVE.js";
import {
  NO_TRANSACTION_MARKER,
  backquote,
  destructiveApproval,
  ident,
  isSafeType,
  lineAt,
  literal,
  onlyRegions,
  splitStatements,
  stripComments,
  wantsTransaction
} from "./cli-chunk-DUZMPWI2.js";

// src/data/migration.ts
import { createHash } from "node:crypto";
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function migration(version, kind, file2, sql) {
  return { version, kind, file: file2, sql, sha256: sha256(sql), transaction: wantsTransaction(sql) };
}
function handWritten(files) {
  return [...files].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((f) => migration(f.name.replace(/\.sql$/, ""), "hand-written", f.path, f.text));
}

// src/data/model.ts
var SUBJECT_REQUESTS_TABLE = "multiregion_subject_requests";
var REGION_COLUMN = "region";
function isClassified(column) {
  return column.category !== void 0;
}
function isPersonal(column) {
  return column.category?.startsWith("user.") ?? false;
}
function region(model, name) {
  return model.regions.find((r) => r.name === name);
}
function jurisdictionOf(model, name) {
  return region(model, name)?.jurisdiction;
}
function classifiedJurisdictions(model, table3) {
  const home = jurisdictionOf(model, table3.home);
  if (home === "CN" && model.compliance.includes("pipl")) return ["CN"];
  return table3.residency ?? (home === void 0 ? [] : [home]);
}
function mayLeaveTo(model, table3, column, to) {
  if (!isClassified(column)) return true;
  const jurisdiction = jurisdictionOf(model, to);
  return jurisdiction !== void 0 && classifiedJurisdictions(model, table3).includes(jurisdiction);
}
function columnsIn(model, table3, regionName) {
  if (table3.locality !== "global" || regionName === table3.home) return table3.columns;
  return table3.columns.filter((c) => mayLeaveTo(model, table3, c, regionName));
}
function tableReaders(table3) {
  return [.../* @__PURE__ */ new Set([...table3.columns.flatMap((c) => c.readers), ...table3.writers ?? []])].sort();
}
function subscribers(table3) {
  return table3.locality === "global" ? table3.placement.filter((r) => r !== table3.home) : [];
}
function placement(model, table3) {
  const allowed = (name) => {
    const jurisdiction = model.regions.find((r) => r.name === name)?.jurisdiction;
    return table3.residency === void 0 || jurisdiction !== void 0 && table3.residency.includes(jurisdiction);
  };
  const candidates = table3.locality === "regional" ? [table3.home] : model.regions.map((r) => r.name);
  return candidates.filter(allowed);
}
function dataModel(service, platform) {
  const data = service.data;
  if (!data) return void 0;
  const base = {
    service: service.name,
    engine: data.engine,
    compliance: [...platform.compliance].sort(),
    customRules: [...platform.raw.spec.complianceRules ?? []],
    ...platform.raw.spec.databaseClusterWithin ? { clusterWithin: [...platform.raw.spec.databaseClusterWithin] } : {},
    ...platform.raw.spec.spanner ? { spanner: { ...platform.raw.spec.spanner } } : {},
    subjectRoles: [...data.subjectRequests?.roles ?? []].sort(),
    regions: service.regions.filter((name) => platform.regions[name]).map((name) => {
      const spec = platform.regions[name];
      const r = { name, jurisdiction: spec.jurisdiction, location: spec.location };
      if (spec.database?.secret !== void 0) r.secret = spec.database.secret;
      if (spec.database?.replication !== void 0)
        r.replication = { ...spec.database.replication };
      return r;
    })
  };
  const tables = Object.entries(data.tables ?? {}).map(([name, spec]) => {
    const columns2 = Object.entries(spec.columns ?? {}).map(([columnName, c]) => {
      const asksBy = spec.subject?.column === columnName ? base.subjectRoles : [];
      const column = {
        name: columnName,
        type: c.type,
        primaryKey: c.primaryKey ?? false,
        nullable: c.nullable ?? !(c.primaryKey ?? false),
        readers: [.../* @__PURE__ */ new Set([...c.readers ?? [], ...asksBy])]
      };
      if (c.category !== void 0) column.category = c.category;
      return column;
    });
    const table3 = {
      name,
      home: spec.home,
      locality: spec.locality ?? "regional",
      columns: columns2,
      writers: [...spec.writers ?? []],
      path: ["spec", "data", "tables", name]
    };
    if (spec.residency !== void 0) table3.residency = [...spec.residency];
    if (spec.transfers !== void 0) table3.transfers = [...spec.transfers];
    if (spec.subject !== void 0)
      table3.subject = { column: spec.subject.column, erase: spec.subject.erase ?? "delete" };
    if (spec.retention !== void 0) {
      table3.retention = spec.retention;
      const seconds = parseDuration(spec.retention);
      if (seconds !== void 0) table3.retentionSeconds = seconds;
    }
    return { ...table3, placement: placement(base, table3) };
  });
  return { ...base, tables };
}
function regionOrder(model) {
  const rank = (name) => model.tables.some((t) => t.home === name && subscribers(t).length > 0) ? 0 : model.tables.some((t) => t.home === name) ? 1 : 2;
  return model.regions.map((r, i) => ({ name: r.name, rank: rank(r.name), i })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.name);
}

// src/data/postgres.ts
function objectName(...parts) {
  const name = parts.join("_").replace(/[^a-z0-9_]/g, "_");
  return name.length <= 63 ? name : `${name.slice(0, 54)}_${sha256(name).slice(0, 8)}`;
}
function publicationName(table3, subscriber) {
  return objectName("mr", table3.name, "to", subscriber);
}
function subscriptionName(model, table3, subscriber) {
  return objectName("mr", model.service, table3.name, table3.home, "to", subscriber);
}
var RETENTION_FUNCTION_PREFIX = "mr_retention_";
function publisherPlaceholder(region2) {
  return literal(`multiregion:publisher=${region2}`);
}
var PUBLISHER_PLACEHOLDER = /'multiregion:publisher=([a-z0-9-]+)'/g;
var ON_PUBLISHER_COLUMN = "multiregion:on-publisher";
var RUNS_ON = /^-- multiregion:runs-on ([a-z0-9-]+)\n/;
function onPublisher(region2, sql) {
  const text = `-- multiregion:runs-on ${region2}
${sql}`;
  if (text.includes("$publisher$")) throw new Error("statement contains its own quote");
  return `SELECT $publisher$${text}
$publisher$ AS ${ident(ON_PUBLISHER_COLUMN)}`;
}
function retentionColumn(table3) {
  const stamps = table3.columns.filter((c) => /^timestamp/i.test(c.type));
  return stamps.find((c) => c.name === "created_at") ?? stamps[0];
}
function compilable(table3) {
  return table3.columns.every((c) => isSafeType(c.type));
}
function columnDefinition(c) {
  return `${ident(c.name)} ${c.type}${c.nullable ? "" : " NOT NULL"}`;
}
function createTable(table3, columns2) {
  const keys = columns2.filter((c) => c.primaryKey);
  const rest = columns2.filter((c) => !c.primaryKey);
  const gone = table3.columns.filter((c) => !columns2.includes(c));
  const lines = columns2.map((c) => `  ${columnDefinition(c)}`);
  if (keys.length > 0) lines.push(`  PRIMARY KEY (${keys.map((c) => ident(c.name)).join(", ")})`);
  return [
    `CREATE TABLE IF NOT EXISTS ${ident(table3.name)} (
${lines.join(",\n")}
);`,
    // A column added to the manifest later reaches tables created before it.
    ...rest.length > 0 ? [
      `ALTER TABLE ${ident(table3.name)}
${rest.map((c) => `  ADD COLUMN IF NOT EXISTS ${columnDefinition(c)}`).join(",\n")};`
    ] : [],
    ...gone.length > 0 ? [
      `ALTER TABLE ${ident(table3.name)}
${gone.map((c) => `  DROP COLUMN IF EXISTS ${ident(c.name)}`).join(",\n")};`
    ] : []
  ];
}
var TABLE_TAG = '{"multiregion":';
function nameArray(names) {
  return `ARRAY[${names.map(literal).join(", ")}]::name[]`;
}
function pruneTables(model, regionName, here) {
  const keep = nameArray(here.map((t) => t.name));
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
END $mr$;`;
}
function foreignRows(table3, regionName) {
  const t = ident(table3.name);
  return `ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY;
DELETE FROM ${t} WHERE ${ident(REGION_COLUMN)} IS DISTINCT FROM ${literal(regionName)};
ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;`;
}
function ensureRole(role) {
  return `DO $mr$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${literal(role)}) THEN
    CREATE ROLE ${ident(role)} NOLOGIN;
  END IF;
END $mr$;`;
}
function revokeOthers(table3, allowed) {
  const t = literal(ident(table3.name));
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
      EXECUTE format('REVOKE SELECT ON TABLE %I FROM %I', ${literal(table3.name)}, r);
    END IF;
  END LOOP;
END $mr$;`;
}
function grants(model, table3, columns2, replication) {
  const t = ident(table3.name);
  const readers = tableReaders(table3);
  const out = [
    `REVOKE ALL ON TABLE ${t} FROM PUBLIC;`,
    revokeOthers(table3, replication === void 0 ? readers : [...readers, replication])
  ];
  for (const role of readers) {
    out.push(`REVOKE SELECT ON TABLE ${t} FROM ${ident(role)};`);
    const readable = columns2.filter((c) => !isClassified(c) || c.readers.includes(role));
    if (readable.length > 0)
      out.push(
        `GRANT SELECT (${readable.map((c) => ident(c.name)).join(", ")}) ON TABLE ${t} TO ${ident(role)};`
      );
  }
  for (const role of table3.writers ?? [])
    out.push(`GRANT INSERT, UPDATE, DELETE ON TABLE ${t} TO ${ident(role)};`);
  if (table3.subject)
    for (const role of model.subjectRoles ?? []) out.push(...erasureGrant(table3, columns2, role));
  return out;
}
function erasureGrant(table3, columns2, role) {
  const t = ident(table3.name);
  if (table3.subject?.erase !== "nullify") return [`GRANT DELETE ON TABLE ${t} TO ${ident(role)};`];
  const cleared = nullified(table3).filter((c) => columns2.some((k) => k.name === c));
  return cleared.length > 0 ? [`GRANT UPDATE (${cleared.map(ident).join(", ")}) ON TABLE ${t} TO ${ident(role)};`] : [];
}
function nullified(table3) {
  return table3.columns.filter((c) => isPersonal(c) && c.nullable && !c.primaryKey && c.name !== table3.subject?.column).map((c) => c.name);
}
function subjectRequestsTable(roles) {
  const t = ident(SUBJECT_REQUESTS_TABLE);
  return [
    `CREATE TABLE IF NOT EXISTS ${t} (
  id uuid PRIMARY KEY,
  subject text NOT NULL,
  action text NOT NULL CHECK (action IN ('export', 'erase')),
  role text NOT NULL,
  purpose text NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  complete boolean NOT NULL DEFAULT false,
  regions jsonb NOT NULL
);`,
    `REVOKE ALL ON TABLE ${t} FROM PUBLIC;`,
    ...roles.map((r) => `GRANT SELECT, INSERT, UPDATE ON TABLE ${t} TO ${ident(r)};`)
  ];
}
var ROW_POLICY = "multiregion_rows_in_region";
function rowSecurity(table3, regionName) {
  const t = ident(table3.name);
  const policy = ident(ROW_POLICY);
  const here = `${ident(REGION_COLUMN)} = ${literal(regionName)}`;
  return [
    `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`,
    // FORCE binds the table owner too, so an application connecting as owner cannot store another region's rows.
    `ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;`,
    `DROP POLICY IF EXISTS ${policy} ON ${t};`,
    `CREATE POLICY ${policy} ON ${t} AS PERMISSIVE FOR ALL TO PUBLIC USING (${here}) WITH CHECK (${here});`
  ];
}
function noRowSecurity(table3) {
  const t = ident(table3.name);
  return [
    `DROP POLICY IF EXISTS ${ident(ROW_POLICY)} ON ${t};`,
    `DO $mr$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_policy WHERE polrelid = ${literal(t)}::regclass) THEN
    ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY;
  END IF;
END $mr$;`
  ];
}
function comments(model, table3, columns2) {
  const about = {
    multiregion: {
      service: model.service,
      home: table3.home,
      locality: table3.locality,
      ...table3.residency ? { residency: table3.residency } : {},
      ...table3.retention ? { retention: table3.retention } : {}
    }
  };
  const out = [`COMMENT ON TABLE ${ident(table3.name)} IS ${literal(JSON.stringify(about))};`];
  for (const c of columns2.filter(isClassified)) {
    const tag = {
      fides: c.category,
      readers: c.readers,
      residency: classifiedJurisdictions(model, table3)
    };
    out.push(
      `COMMENT ON COLUMN ${ident(table3.name)}.${ident(c.name)} IS ${literal(JSON.stringify(tag))};`
    );
  }
  return out;
}
function retentionJob(table3) {
  const column = retentionColumn(table3);
  if (table3.retentionSeconds === void 0 || column === void 0) return [];
  const fn = ident(objectName(RETENTION_FUNCTION_PREFIX + table3.name));
  return [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS bigint LANGUAGE sql AS $mr$
  WITH gone AS (
    DELETE FROM ${ident(table3.name)}
    WHERE ${ident(column.name)} < now() - interval ${literal(`${table3.retentionSeconds} seconds`)}
    RETURNING 1
  )
  SELECT count(*) FROM gone
$mr$;`,
    `COMMENT ON FUNCTION ${fn}() IS ${literal(`${RETENTION_COMMENT}${table3.name} (${table3.retention}): deletes rows older than that and returns how many. Schedule it daily, for example with pg_cron: SELECT cron.schedule('${table3.name}-retention', '@daily', 'SELECT ${objectName(RETENTION_FUNCTION_PREFIX + table3.name)}()').`)};`
  ];
}
function objectTag(model) {
  return JSON.stringify({ multiregion: { service: model.service } });
}
var RETENTION_COMMENT = "multiregion retention job for ";
function pruneRetentionJobs(here) {
  const keep = here.filter((t) => t.retentionSeconds !== void 0 && retentionColumn(t) !== void 0).map((t) => objectName(RETENTION_FUNCTION_PREFIX + t.name));
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
END $mr$;`;
}
function publication(model, table3, subscriber) {
  const name = publicationName(table3, subscriber);
  const columns2 = columnsIn(model, table3, subscriber).map((c) => ident(c.name));
  const list = `${ident(table3.name)} (${columns2.join(", ")})`;
  return [
    `DO $mr$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_publication WHERE pubname = ${literal(name)}) THEN
    ALTER PUBLICATION ${ident(name)} SET TABLE ${list};
  ELSE
    CREATE PUBLICATION ${ident(name)} FOR TABLE ${list};
  END IF;
END $mr$;`,
    `COMMENT ON PUBLICATION ${ident(name)} IS ${literal(objectTag(model))};`
  ];
}
function prunePublications(model, keep) {
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
END $mr$;`;
}
function replicationGrant(model, table3, regionName, role) {
  const published = [
    ...new Set(subscribers(table3).flatMap((s) => columnsIn(model, table3, s).map((c) => c.name)))
  ];
  return [
    `DO $mr$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${literal(role)} AND (rolreplication OR rolsuper)) THEN
    RAISE EXCEPTION 'the replication role % (regions.${regionName}.database.replication.user) does not exist here or lacks REPLICATION', ${literal(role)}
      USING HINT = 'The platform team creates it once per database server: CREATE ROLE ... LOGIN REPLICATION, with its password in the subscribers'' password file.';
  END IF;
END $mr$;`,
    `REVOKE SELECT ON TABLE ${ident(table3.name)} FROM ${ident(role)};`,
    `GRANT SELECT (${published.map(ident).join(", ")}) ON TABLE ${ident(table3.name)} TO ${ident(role)};`
  ];
}
function ensureSlot(slot, home, publication2) {
  const where = `slot_name = ${literal(slot)}`;
  return `DO $mr$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_replication_slots WHERE ${where}) AND NOT EXISTS (SELECT FROM pg_catalog.pg_publication WHERE pubname = ${literal(publication2)}) THEN
    RAISE EXCEPTION 'publication % does not exist on % yet, so subscription % cannot start', ${literal(publication2)}, ${literal(home)}, ${literal(slot)}
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
END $mr$`;
}
function recopyWidened(model, table3, regionName, columns2) {
  const name = subscriptionName(model, table3, regionName);
  const relation = literal(ident(table3.name));
  return `DO $mr$
BEGIN
  IF to_regclass(${relation}) IS NULL OR NOT EXISTS (
    SELECT FROM unnest(${nameArray(columns2.map((c) => c.name))}) AS wanted(name)
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
  EXECUTE format('TRUNCATE %I', ${literal(table3.name)});
END $mr$;`;
}
function subscriptionHere(name) {
  return `SELECT s.oid, s.subname FROM pg_catalog.pg_subscription s
  WHERE s.subname = ${literal(name)}
    AND s.subdbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())`;
}
function subscriptionFile(model, table3, regionName, columns2) {
  const name = subscriptionName(model, table3, regionName);
  const pub = publicationName(table3, regionName);
  const mine = subscriptionHere(name);
  return [
    // Named here so that a change of columns runs this file again, after 01_tables emptied a widened replica.
    `-- The replica holds ${columns2.map((c) => c.name).join(", ")}.`,
    // The slot is made apart from the subscription: a run killed after the publisher made it, before CREATE SUBSCRIPTION committed, finds it next time.
    `${onPublisher(table3.home, ensureSlot(name, table3.home, pub))}
WHERE NOT EXISTS (${mine})
\\gexec`,
    // Created only when missing: a run killed after CREATE SUBSCRIPTION committed, but before the history row, runs this again.
    `SELECT format('CREATE SUBSCRIPTION %I CONNECTION %L PUBLICATION %I WITH (create_slot = false, slot_name = %L)', ${literal(name)}, ${publisherPlaceholder(table3.home)}, ${literal(pub)}, ${literal(name)})
WHERE NOT EXISTS (${mine})
\\gexec`,
    `COMMENT ON SUBSCRIPTION ${ident(name)} IS ${literal(objectTag(model))};`,
    // A subscription created before its publication existed holds no tables until refreshed.
    `SELECT format('ALTER SUBSCRIPTION %I REFRESH PUBLICATION', m.subname)
FROM (${mine}) m
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_subscription_rel r WHERE r.srsubid = m.oid)
\\gexec`,
    // Still empty: the publication does not exist yet. The file fails and stays unrecorded, so the next run tries again.
    `DO $mr$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_subscription_rel r WHERE r.srsubid = (SELECT m.oid FROM (${mine.replaceAll("\n", " ")}) m)) THEN
    RAISE EXCEPTION 'subscription % holds no tables: publication % does not exist on ${table3.home} yet', ${literal(name)}, ${literal(pub)}
      USING HINT = 'Run migrate for ${table3.home} (it publishes ${table3.name.replaceAll("'", "''")}), then run this region again.';
  END IF;
END $mr$;`
  ];
}
function pruneSubscriptions(model, keep) {
  return `SELECT format('DROP SUBSCRIPTION %I', s.subname)
FROM pg_catalog.pg_subscription s
JOIN pg_catalog.pg_description d ON d.objoid = s.oid AND d.classoid = 'pg_catalog.pg_subscription'::regclass
WHERE s.subdbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND d.description = ${literal(objectTag(model))}
  AND s.subname <> ALL (${nameArray(keep)})
\\gexec`;
}
function file(model, regionName, title, body) {
  return `-- Generated by multiregion for ${model.service} in region ${regionName}: ${title}.
-- Do not edit: change multiregion.yaml and plan again.

${body.join("\n\n")}
`;
}
function compilePostgres(model, regionName) {
  const here = model.tables.filter((t) => t.placement.includes(regionName) && compilable(t));
  const subscribed = here.filter((t) => t.locality === "global" && t.home !== regionName);
  const homed = here.filter((t) => t.home === regionName);
  const replication = region(model, regionName)?.replication?.user;
  const out = [];
  const add = (n, title, body, marker = false) => {
    if (body.length === 0) return;
    const sql = file(model, regionName, title, marker ? [NO_TRANSACTION_MARKER, ...body] : body);
    out.push(migration(`multiregion/${n}`, "generated", `generated/${regionName}/${n}.sql`, sql));
  };
  add(
    "00_prune",
    "drop the subscriptions the manifest no longer has (psql \\gexec: each row runs as a statement)",
    [
      pruneSubscriptions(
        model,
        subscribed.map((t) => subscriptionName(model, t, regionName))
      )
    ],
    true
  );
  add("01_tables", "tables whose rows may live here", [
    pruneTables(model, regionName, here),
    ...here.flatMap((t) => [
      ...subscribed.includes(t) ? [recopyWidened(model, t, regionName, columnsIn(model, t, regionName))] : [],
      ...createTable(t, columnsIn(model, t, regionName)),
      ...t.locality === "by-row" ? [foreignRows(t, regionName)] : []
    ])
  ]);
  const subjectRoles = model.subjectRoles ?? [];
  const roles = [.../* @__PURE__ */ new Set([...here.flatMap(tableReaders), ...subjectRoles])].sort();
  add("02_policy", "column privileges, row security, classification and retention", [
    pruneRetentionJobs(here),
    ...roles.map(ensureRole),
    ...subjectRoles.length > 0 ? subjectRequestsTable(subjectRoles) : [],
    ...here.flatMap((t) => {
      const columns2 = columnsIn(model, t, regionName);
      return [
        ...grants(model, t, columns2, replication),
        ...t.locality === "by-row" ? rowSecurity(t, regionName) : noRowSecurity(t),
        ...comments(model, t, columns2),
        ...retentionJob(t)
      ];
    })
  ]);
  const published = homed.filter((t) => subscribers(t).length > 0);
  add("03_publications", "publications of the global tables homed here, with column lists", [
    prunePublications(
      model,
      published.flatMap((t) => subscribers(t).map((s) => publicationName(t, s)))
    ),
    ...published.flatMap((t) => [
      ...subscribers(t).flatMap((s) => publication(model, t, s)),
      ...replication === void 0 ? [] : replicationGrant(model, t, regionName, replication)
    ])
  ]);
  for (const t of subscribed)
    add(
      `04_subscription_${t.name}`,
      `subscription to ${t.name} from ${t.home} (CREATE SUBSCRIPTION cannot run in a transaction; psql \\gexec runs each row as a statement, and multiregion runs a "${ON_PUBLISHER_COLUMN}" row on ${t.home})`,
      subscriptionFile(model, t, regionName, columnsIn(model, t, regionName)),
      true
    );
  return out;
}

// src/data/cassandra.ts
var REPLICATION_FACTOR = 3;
var TYPES = [
  [/^(text|varchar|character varying|citext)(\(\d+\))?$/i, "text"],
  [/^uuid$/i, "uuid"],
  [/^(bigint|int8)$/i, "bigint"],
  [/^(integer|int|int4)$/i, "int"],
  [/^(smallint|int2)$/i, "smallint"],
  [/^(timestamptz|timestamp|timestamp with time zone)$/i, "timestamp"],
  [/^(boolean|bool)$/i, "boolean"],
  [/^(numeric|decimal)(\(\d+( ?, ?\d+)?\))?$/i, "decimal"],
  [/^(double precision|float8)$/i, "double"],
  [/^(real|float4)$/i, "float"],
  [/^(json|jsonb)$/i, "text"],
  [/^date$/i, "date"],
  [/^bytea$/i, "blob"]
];
function cqlType(type) {
  return TYPES.find(([pattern]) => pattern.test(type))?.[1] ?? type.toLowerCase();
}
function keyspaceName(model, table3) {
  return keyspace48(objectName(model.service, ...table3.placement));
}
var KEYSPACE_NAME_LIMIT = 48;
function keyspace48(name) {
  return name.length <= KEYSPACE_NAME_LIMIT ? name : `${name.slice(0, 39)}_${sha256(name).slice(0, 8)}`;
}
function keyspace(model, name, placement2) {
  const factors = model.regions.map((r) => `'${r.name}': ${placement2.includes(r.name) ? REPLICATION_FACTOR : 0}`).join(", ");
  return `CREATE KEYSPACE IF NOT EXISTS ${ident(name)}
  WITH replication = {'class': 'NetworkTopologyStrategy', ${factors}};`;
}
function table(model, t) {
  const lines = t.columns.map(
    (c) => `  ${ident(c.name)} ${cqlType(c.type)}${isClassified(c) ? " MASKED WITH mask_default()" : ""}`
  );
  const keys = t.columns.filter((c) => c.primaryKey).map((c) => ident(c.name));
  lines.push(`  PRIMARY KEY (${keys.length > 1 ? `(${keys.join(", ")})` : keys.join("")})`);
  const ttl2 = t.retentionSeconds === void 0 ? "" : `
  WITH default_time_to_live = ${Math.round(t.retentionSeconds)}`;
  return `CREATE TABLE IF NOT EXISTS ${ident(keyspaceName(model, t))}.${ident(t.name)} (
${lines.join(",\n")}
)${ttl2};`;
}
function compileCassandra(model) {
  const tables = model.tables.filter((t) => compilable(t) && t.placement.length > 0);
  const body = [];
  const seen = /* @__PURE__ */ new Set();
  for (const t of tables) {
    const name = keyspaceName(model, t);
    if (!seen.has(name)) body.push(keyspace(model, name, t.placement));
    seen.add(name);
  }
  const roles = [...new Set(tables.flatMap(tableReaders))].sort();
  for (const role of roles) {
    const dcs = [
      ...new Set(tables.filter((t) => tableReaders(t).includes(role)).flatMap((t) => t.placement))
    ];
    body.push(
      `CREATE ROLE IF NOT EXISTS ${ident(role)} WITH LOGIN = false AND ACCESS TO DATACENTERS {${dcs.map((d) => `'${d}'`).join(", ")}};`
    );
  }
  for (const t of tables) {
    body.push(table(model, t));
    const target = `${ident(keyspaceName(model, t))}.${ident(t.name)}`;
    for (const role of tableReaders(t)) {
      body.push(`GRANT SELECT ON TABLE ${target} TO ${ident(role)};`);
      if (t.columns.some((c) => isClassified(c) && c.readers.includes(role)))
        body.push(`GRANT UNMASK ON TABLE ${target} TO ${ident(role)};`);
    }
  }
  const sql = `-- Generated by multiregion for ${model.service} (cassandra, CQL).
-- Do not edit: change multiregion.yaml and plan again.

${body.join("\n\n")}
`;
  return migration("multiregion/01_schema", "generated", "generated/cassandra/01_schema.sql", sql);
}

// src/data/cockroachdb.ts
function location(model, name) {
  return region(model, name)?.location ?? name;
}
var PLACEMENT_COLUMN = "mr_region";
function columns(model, table3) {
  const lines = table3.columns.map(
    (c) => `  ${ident(c.name)} ${c.type}${c.nullable ? "" : " NOT NULL"}`
  );
  if (table3.locality === "by-row") {
    const cases = table3.placement.map((r) => `WHEN ${literal(r)} THEN ${literal(location(model, r))}`).join(" ");
    lines.push(
      `  ${ident(PLACEMENT_COLUMN)} crdb_internal_region NOT VISIBLE NOT NULL AS (CASE ${ident(REGION_COLUMN)} ${cases} END) STORED`
    );
  }
  const keys = table3.columns.filter((c) => c.primaryKey);
  if (keys.length > 0) lines.push(`  PRIMARY KEY (${keys.map((c) => ident(c.name)).join(", ")})`);
  return lines;
}
function locality(model, table3) {
  if (table3.locality === "global") return "LOCALITY GLOBAL";
  if (table3.locality === "by-row") return `LOCALITY REGIONAL BY ROW AS ${ident(PLACEMENT_COLUMN)}`;
  return `LOCALITY REGIONAL BY TABLE IN ${ident(location(model, table3.home))}`;
}
function ttl(table3) {
  const column = retentionColumn(table3);
  if (table3.retentionSeconds === void 0 || !column) return "";
  const expression = `${ident(column.name)} + INTERVAL '${table3.retentionSeconds} seconds'`;
  return ` WITH (ttl_expiration_expression = ${literal(expression)}, ttl_job_cron = '@daily')`;
}
function readerViews(table3) {
  const t = ident(table3.name);
  const out = [`REVOKE ALL ON TABLE ${t} FROM public;`];
  for (const role of tableReaders(table3)) {
    const view = ident(objectName(table3.name, "for", role));
    const visible = table3.columns.filter((c) => !isClassified(c) || c.readers.includes(role));
    out.push(
      `REVOKE ALL ON TABLE ${t} FROM ${ident(role)};`,
      `CREATE OR REPLACE VIEW ${view} AS SELECT ${visible.map((c) => ident(c.name)).join(", ")} FROM ${t};`,
      `GRANT SELECT ON TABLE ${view} TO ${ident(role)};`
    );
  }
  return out;
}
function compileCockroach(model) {
  const db = ident(model.service);
  const [primary, ...others] = regionOrder(model);
  const body = [NO_TRANSACTION_MARKER];
  if (primary !== void 0) {
    body.push(`ALTER DATABASE ${db} SET PRIMARY REGION ${ident(location(model, primary))};`);
    for (const r of others)
      body.push(`ALTER DATABASE ${db} ADD REGION IF NOT EXISTS ${ident(location(model, r))};`);
  }
  if (model.tables.some((t) => t.locality !== "global" && t.columns.some(isClassified))) {
    body.push(
      `SET enable_multiregion_placement_policy = 'on';`,
      `ALTER DATABASE ${db} SURVIVE ZONE FAILURE;`,
      `ALTER DATABASE ${db} PLACEMENT RESTRICTED;`
    );
  }
  const roles = [...new Set(model.tables.flatMap(tableReaders))].sort();
  body.push(...roles.map((r) => `CREATE ROLE IF NOT EXISTS ${ident(r)};`));
  for (const table3 of model.tables.filter(compilable)) {
    body.push(
      `CREATE TABLE IF NOT EXISTS ${ident(table3.name)} (
${columns(model, table3).join(",\n")}
) ${locality(model, table3)}${ttl(table3)};`,
      ...table3.locality === "by-row" ? [
        `ALTER TABLE ${ident(table3.name)} ADD COLUMN IF NOT EXISTS ${columns(model, table3).find((l) => l.includes(ident(PLACEMENT_COLUMN))).trim()};`
      ] : [],
      `ALTER TABLE ${ident(table3.name)} SET ${locality(model, table3)};`,
      ...readerViews(table3),
      ...table3.columns.filter(isClassified).map(
        (c) => `COMMENT ON COLUMN ${ident(table3.name)}.${ident(c.name)} IS ${literal(JSON.stringify({ fides: c.category, readers: c.readers }))};`
      )
    );
  }
  const sql = `-- Generated by multiregion for ${model.service} (cockroachdb, one multi-region cluster).
-- Do not edit: change multiregion.yaml and plan again.

${body.join("\n\n")}
`;
  return migration("multiregion/01_schema", "generated", "generated/cockroachdb/01_schema.sql", sql);
}

// src/data/fides/data-categories.json
var data_categories_default = {
  source: "https://github.com/ethyca/fideslang/blob/40394c46599745a6b8f14d069889fddfa2651409/data_files/data_categories.yml",
  licence: "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), (c) Ethyca, Inc.; only the fides_key of each category is kept",
  categories: [
    "system",
    "system.authentication",
    "system.operations",
    "user",
    "user.account",
    "user.authorization",
    "user.behavior",
    "user.biometric",
    "user.childrens",
    "user.contact",
    "user.content",
    "user.demographic",
    "user.location",
    "user.device",
    "user.payment",
    "user.social",
    "user.unique_id",
    "user.telemetry",
    "user.user_sensor",
    "user.workplace",
    "user.sensor",
    "user.financial",
    "user.government_id",
    "user.health_and_medical",
    "user.name",
    "user.criminal_history",
    "user.privacy_preferences",
    "user.job_title",
    "user.account.settings",
    "user.account.username",
    "user.authorization.credentials",
    "user.authorization.biometric",
    "user.authorization.password",
    "user.behavior.browsing_history",
    "user.behavior.media_consumption",
    "user.behavior.purchase_history",
    "user.behavior.search_history",
    "user.biometric.fingerprint",
    "user.biometric.retinal",
    "user.biometric.voice",
    "user.biometric.health",
    "user.contact.address",
    "user.contact.email",
    "user.contact.phone_number",
    "user.contact.url",
    "user.contact.fax_number",
    "user.contact.organization",
    "user.contact.address.city",
    "user.contact.address.country",
    "user.contact.address.postal_code",
    "user.contact.address.state",
    "user.contact.address.street",
    "user.content.private",
    "user.content.public",
    "user.content.self_image",
    "user.demographic.age_range",
    "user.demographic.date_of_birth",
    "user.demographic.gender",
    "user.demographic.language",
    "user.demographic.marital_status",
    "user.demographic.political_opinion",
    "user.demographic.profile",
    "user.demographic.race_ethnicity",
    "user.demographic.religious_belief",
    "user.demographic.sexual_orientation",
    "user.device.cookie",
    "user.device.cookie_id",
    "user.device.device_id",
    "user.device.ip_address",
    "user.financial.bank_account",
    "user.financial.credit_card",
    "user.government_id.birth_certificate",
    "user.government_id.drivers_license_number",
    "user.government_id.immigration",
    "user.government_id.national_identification_number",
    "user.government_id.passport_number",
    "user.government_id.vehicle_registration",
    "user.health_and_medical.genetic",
    "user.health_and_medical.insurance_beneficiary_id",
    "user.health_and_medical.record_id",
    "user.location.imprecise",
    "user.location.precise",
    "user.name.first",
    "user.name.last",
    "user.unique_id.pseudonymous"
  ]
};

// src/data/compliance.ts
var RULES = {
  "data-invalid-type": "data",
  "data-unknown-category": "data",
  "data-undeclared-reader": "data",
  "data-classified-global": "data",
  "data-classified-key-global": "data",
  "data-engine-placement": "data",
  "data-classified-no-readers": "data",
  "data-residency-home": "data",
  "data-residency-replicas": "data",
  "data-by-row-region-column": "data",
  "data-global-primary-key": "data",
  "data-retention-column": "data",
  "data-retention-nullable": "data",
  "data-publication-classified": "data",
  "data-destructive-migration": "data",
  "data-subject-column": "data",
  "gdpr-retention-missing": "gdpr",
  "pipl-cross-border": "pipl",
  "pipl-cluster-abroad": "pipl"
};
var CUSTOM_RULE_PREFIX = "custom-";
var FIDES_CATEGORIES = data_categories_default.categories;
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j] + 1,
        row[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    previous = row;
  }
  return previous[b.length];
}
function didYouMean(name, known) {
  const scored = known.map((k) => ({
    k,
    d: k.endsWith(`.${name}`) || k.startsWith(`${name}_`) ? 1 : distance(name, k)
  })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 4)) ? best.k : void 0;
}
function enabled(ctx, rule) {
  const pack = RULES[rule];
  return pack === "data" || ctx.model.compliance.includes(pack);
}
function report(ctx, rule, message, path, severity = "error") {
  if (!enabled(ctx, rule)) return;
  ctx.out.push({ rule, severity, message, file: ctx.service.file, ...ctx.service.locate(path) });
}
function regionsOutside(ctx, allowed) {
  return ctx.model.regions.filter((r) => !allowed.includes(r.jurisdiction)).map((r) => `${r.name} (${r.jurisdiction})`);
}
function checkTable(ctx, table3) {
  const path = table3.path;
  const columnPath = (name, key) => [...path, "columns", name, key];
  for (const c of table3.columns) {
    if (!isSafeType(c.type))
      report(
        ctx,
        "data-invalid-type",
        `${table3.name}.${c.name} has type ${JSON.stringify(c.type)}, which is not a SQL type name; use a name with an optional size, such as text, numeric(12,2) or uuid[].`,
        columnPath(c.name, "type")
      );
    if (!isClassified(c)) continue;
    if (!FIDES_CATEGORIES.includes(c.category)) {
      const near = didYouMean(c.category, FIDES_CATEGORIES);
      report(
        ctx,
        "data-unknown-category",
        `${table3.name}.${c.name} has category ${c.category}, which is not a Fides data category, so the personal-data rules (GDPR, PIPL) cannot see it.${near ? ` Did you mean ${near}?` : ""} Use one of fideslang's categories, such as user.contact.email or system.operations.`,
        columnPath(c.name, "category")
      );
    }
    for (const role of c.readers) {
      const known = ctx.roles ?? ctx.model.tables.flatMap((t) => t.columns.flatMap((k) => k.readers));
      const near = didYouMean(
        role,
        known.filter((k) => k !== role)
      );
      if (ctx.roles ? !ctx.roles.includes(role) : near !== void 0)
        report(
          ctx,
          "data-undeclared-reader",
          `${table3.name}.${c.name} names reader ${role}, which ${ctx.roles ? "the platform does not declare (spec.databaseRoles)" : "no other column names"}, so migrate would create a new role for it.${near ? ` Did you mean ${near}?` : ""}`,
          columnPath(c.name, "readers"),
          "warning"
        );
    }
    if (table3.locality === "global" && c.primaryKey)
      report(
        ctx,
        "data-classified-key-global",
        `${table3.name}.${c.name} is ${c.category} and part of the primary key of a global table: replicas cannot leave it out, since replication identifies every UPDATE and DELETE by the key. Key the table by an unclassified column.`,
        columnPath(c.name, "primaryKey")
      );
    if (table3.locality === "global" && ctx.model.engine === "postgres" && !isPersonal(c))
      report(
        ctx,
        "data-classified-global",
        `${table3.name}.${c.name} is ${c.category} in a global table: replicas outside ${classifiedJurisdictions(ctx.model, table3).join(", ")} are generated without it, so readers there will not find it. Move the column to a regional or by-row table.`,
        columnPath(c.name, "category"),
        "warning"
      );
    else if (table3.locality === "global" && isPersonal(c))
      report(
        ctx,
        "data-classified-global",
        `${table3.name}.${c.name} is personal data (${c.category}) in a global table, which exists in every region: one missed column list, publication or replica would carry it abroad. Move the column to a regional or by-row table.`,
        columnPath(c.name, "category")
      );
    else if (table3.locality === "global")
      report(
        ctx,
        "data-classified-global",
        `${table3.name}.${c.name} is ${c.category}, but ${table3.name} is global and ${ctx.model.engine} copies a global table whole to every region. Move the column to a regional or by-row table.`,
        columnPath(c.name, "category")
      );
    if (c.readers.length === 0)
      report(
        ctx,
        "data-classified-no-readers",
        `${table3.name}.${c.name} is ${c.category} but names no readers, so no role may read it. List the roles that need it in readers.`,
        columnPath(c.name, "category")
      );
  }
  const homeRegion = region(ctx.model, table3.home);
  if (table3.residency && homeRegion && !table3.residency.includes(homeRegion.jurisdiction))
    report(
      ctx,
      "data-residency-home",
      `${table3.name} may only be stored in ${table3.residency.join(", ")}, but its home ${table3.home} is in ${homeRegion.jurisdiction}. Choose a home region in ${table3.residency.join(" or ")}.`,
      [...path, "home"]
    );
  if (table3.residency && table3.locality === "global") {
    const outside = regionsOutside(ctx, table3.residency);
    if (outside.length > 0)
      report(
        ctx,
        "data-residency-replicas",
        `${table3.name} is global, but its rows may only be stored in ${table3.residency.join(", ")}, so ${outside.join(", ")} get no replica. Make it regional or by-row, or widen residency.`,
        [...path, "locality"],
        "warning"
      );
  }
  if (table3.locality === "by-row") {
    const column = table3.columns.find((c) => c.name === REGION_COLUMN);
    if (!column || column.primaryKey !== false || !/^(text|varchar)/i.test(column.type))
      report(
        ctx,
        "data-by-row-region-column",
        `${table3.name} is by-row, so each row names its region in a text column "${REGION_COLUMN}"; add ${REGION_COLUMN}: { type: text, nullable: false }.`,
        [...path, "locality"]
      );
  }
  if (table3.locality === "global" && !table3.columns.some((c) => c.primaryKey))
    report(
      ctx,
      "data-global-primary-key",
      `${table3.name} is global, and logical replication needs a primary key to copy updates and deletes. Mark its key columns primaryKey: true.`,
      [...path, "locality"]
    );
  const personal = table3.columns.filter(isPersonal);
  const aged = retentionColumn(table3);
  if (table3.retention !== void 0 && aged?.nullable)
    report(
      ctx,
      "data-retention-nullable",
      `${table3.name} keeps rows for ${table3.retention} by ${aged.name}, which may be NULL: the deletion job never deletes a row whose ${aged.name} is NULL. Declare ${aged.name}: { ..., nullable: false }.`,
      [...path, "columns", aged.name, "type"],
      "warning"
    );
  checkEngine(ctx, table3, personal.length > 0);
  checkClusterAbroad(ctx, table3, personal.length > 0);
  if (table3.retention !== void 0 && !aged)
    report(
      ctx,
      "data-retention-column",
      `${table3.name} keeps rows for ${table3.retention}, but has no timestamp column to age them by, so no deletion job is generated. Add created_at: { type: timestamptz }.`,
      [...path, "retention"],
      "warning"
    );
  if (personal.length > 0 && table3.retention === void 0)
    report(
      ctx,
      "gdpr-retention-missing",
      `${table3.name} holds personal data (${personal.map((c) => `${c.name}: ${c.category}`).join(", ")}) with no retention; GDPR's storage limitation needs one. Set retention, such as 730d.`,
      [...path, "home"]
    );
  if (personal.length > 0 && homeRegion?.jurisdiction === "CN") {
    const reach = table3.locality === "global" ? table3.placement : [table3.home];
    const abroad = reach.map((name) => region(ctx.model, name)).filter((r) => r.jurisdiction !== "CN").map((r) => r.name);
    const declared = (table3.residency ?? []).filter((j) => j !== "CN");
    if (abroad.length > 0 || declared.length > 0)
      report(
        ctx,
        "pipl-cross-border",
        `${table3.name} holds personal data collected in China (home ${table3.home}), but ${abroad.length > 0 ? `rows would be stored in ${abroad.join(", ")}` : `residency allows ${declared.join(", ")}`}. PIPL keeps it in CN: set residency: [CN] and locality regional or by-row.`,
        [...path, table3.residency ? "residency" : "home"]
      );
  }
}
var SPANNING = ["cockroachdb", "spanner", "cassandra"];
function checkClusterAbroad(ctx, table3, personal) {
  if (!personal || !SPANNING.includes(ctx.model.engine)) return;
  if (ctx.model.clusterWithin?.includes("CN")) return;
  const inChina = (name) => region(ctx.model, name)?.jurisdiction === "CN";
  const homed = table3.locality === "by-row" ? table3.placement.filter(inChina) : [table3.home].filter(inChina);
  if (homed.length === 0) return;
  const abroad = regionsOutside(ctx, ["CN"]);
  if (abroad.length === 0) return;
  report(
    ctx,
    "pipl-cluster-abroad",
    `${table3.name} holds personal data placed in ${homed.join(", ")} (CN), but ${ctx.model.engine} runs one cluster across ${abroad.join(", ")} too, and any node there can read those rows: remote access is a transfer (PIPL art. 38). Run CN on a cluster of its own and declare it in the platform (spec.databaseClusterWithin: [CN]), or use engine postgres, a database per region.`,
    [...table3.path, "home"]
  );
}
function checkEngine(ctx, table3, personal) {
  const engine = ctx.model.engine;
  if (engine === "cockroachdb" && table3.locality === "global" && table3.residency)
    report(
      ctx,
      "data-engine-placement",
      `${table3.name} is global with residency ${table3.residency.join(", ")}, but CockroachDB places a GLOBAL table in every database region: super regions and PLACEMENT RESTRICTED do not apply to it. Make it regional or by-row.`,
      [...table3.path, "residency"]
    );
  if (engine === "cassandra" && table3.locality === "by-row" && personal) {
    const jurisdictions = [...new Set(table3.placement.map((r) => region(ctx.model, r)?.jurisdiction))];
    if (jurisdictions.length > 1)
      report(
        ctx,
        "data-engine-placement",
        `${table3.name} is by-row with personal data, but Cassandra replicates every row of a keyspace to all its data centers, so rows of ${jurisdictions.join(", ")} would each be stored in the others. Split it into one regional table per jurisdiction, or set residency to one jurisdiction.`,
        [...table3.path, "locality"]
      );
  }
  if (engine === "spanner" && (table3.locality === "regional" || table3.residency))
    report(
      ctx,
      "data-engine-placement",
      `${table3.name} is kept where the Spanner instance configuration keeps its replicas: Spanner places only by-row tables itself. Use an instance configuration whose read-write and read-only replicas all sit in ${classifiedJurisdictions(ctx.model, table3).join(", ")}, and add no read-only replicas outside it.`,
      [...table3.path, table3.residency ? "residency" : "locality"],
      "info"
    );
}
function checkSpannerLocations(ctx) {
  const leader = regionOrder(ctx.model)[0];
  const placed = ctx.model.tables.filter((t) => t.locality === "by-row").flatMap((t) => t.placement);
  for (const r of ctx.model.regions.filter((r2) => r2.name === leader || placed.includes(r2.name)))
    if (!/^[a-z]+-[a-z]+\d+$/.test(r.location))
      ctx.out.push({
        rule: "data-engine-placement",
        severity: "error",
        message: `Region ${r.name} has location ${r.location}, which is not a Spanner region name (such as us-east1 or europe-north1), so Spanner would refuse it as ${r.name === leader ? "default_leader" : "a placement leader"}. Give the platform's region the location Spanner knows it by.`,
        file: ctx.service.file,
        ...ctx.service.locate(["spec", "regions"])
      });
}
function inCategory(category, covered) {
  return category === covered || category.startsWith(`${covered}.`);
}
function checkCustomRules(ctx, table3) {
  for (const rule of ctx.model.customRules) {
    for (const c of table3.columns) {
      if (!c.category || !rule.categories.some((k) => inCategory(c.category, k))) continue;
      const outside = table3.placement.filter((r) => columnsIn(ctx.model, table3, r).includes(c)).map((r) => region(ctx.model, r)).filter((r) => !rule.jurisdictions.includes(r.jurisdiction)).map((r) => `${r.name} (${r.jurisdiction})`);
      if (outside.length === 0) continue;
      ctx.out.push({
        rule: `${CUSTOM_RULE_PREFIX}${rule.id}`,
        severity: rule.severity ?? "error",
        message: `${table3.name}.${c.name} is ${c.category}, which the platform keeps in ${rule.jurisdictions.join(", ")}, but it would be stored in ${outside.join(", ")}.${rule.message ? ` ${rule.message}` : ""} Set residency: [${rule.jurisdictions.join(", ")}] on ${table3.name}.`,
        file: ctx.service.file,
        ...ctx.service.locate([...table3.path, "columns", c.name, "category"])
      });
    }
  }
}
var DESTRUCTIVE = [
  [/\bDROP\s+TABLE\b/i, "drops a table"],
  [/\bTRUNCATE\b/i, "empties a table"],
  [/\bDROP\s+COLUMN\b/i, "drops a column"],
  [/\bALTER\s+(?:COLUMN\s+)?(?:"[^"]+"|\w+)\s+(?:SET\s+DATA\s+)?TYPE\b/i, "rewrites a column"],
  [/\bRENAME\s+(?:COLUMN\s+)?(?:"[^"]+"|\w+)\s+TO\b/i, "renames a column"]
];
function checkFile(ctx, file2) {
  const approved = destructiveApproval(file2.text);
  const classified = new Map(
    ctx.model.tables.map((t) => [t.name, t.columns.filter(isClassified).map((c) => c.name)])
  );
  for (const statement of splitStatements(file2.text)) {
    const text = stripComments(statement.text);
    const at = (index) => ({
      line: statement.line + lineAt(statement.text, Math.max(index, 0)) - 1,
      column: 1
    });
    if (!approved) {
      for (const [pattern, what] of DESTRUCTIVE) {
        const match = pattern.exec(statement.text);
        if (!match) continue;
        ctx.out.push({
          rule: "data-destructive-migration",
          severity: "error",
          message: `${file2.name} ${what}, which loses data that no later migration can bring back. Once reviewed, record the approval in the file: -- multiregion:approve-destructive <approver>: <reason>.`,
          file: file2.path,
          ...at(match.index)
        });
        break;
      }
    }
    if (!/\b(CREATE|ALTER)\s+PUBLICATION\b/i.test(text)) continue;
    const leaks = [];
    if (/\bFOR\s+(ALL\s+TABLES|TABLES\s+IN\s+SCHEMA)\b/i.test(text)) {
      for (const [table3, columns2] of classified)
        if (columns2.length > 0) leaks.push(`${table3} (${columns2.join(", ")})`);
    } else {
      const refs = /(?:\bTABLE\b|,)\s*(?:ONLY\s+)?(?:(?:"[^"]+"|[A-Za-z_][\w$]*)\s*\.\s*)?"?([A-Za-z_][\w$]*)"?\s*\*?\s*(\(([^)]*)\))?/gi;
      for (const ref of text.matchAll(refs)) {
        const columns2 = classified.get(ref[1].toLowerCase()) ?? [];
        const listed = ref[3]?.split(",").map((c) => c.trim().replace(/^"|"$/g, ""));
        const copied = listed ? columns2.filter((c) => listed.includes(c)) : columns2;
        if (copied.length > 0) leaks.push(`${ref[1]} (${copied.join(", ")})`);
      }
    }
    if (leaks.length > 0)
      ctx.out.push({
        rule: "data-publication-classified",
        severity: "error",
        message: `${file2.name} publishes classified columns ${leaks.join("; ")}, which subscribers in other regions would copy. Give the publication a column list without them; the manifest's global tables get theirs generated.`,
        file: file2.path,
        ...at(0)
      });
  }
}
function checkSubject(ctx, table3) {
  if (!table3.subject) return;
  const path = [...table3.path, "subject"];
  const names = table3.columns.map((c) => c.name);
  if (!names.includes(table3.subject.column)) {
    const hint = closest(table3.subject.column, names);
    report(
      ctx,
      "data-subject-column",
      `${table3.name}'s subject column "${table3.subject.column}" is not one of its columns (${names.join(", ")}). ${hint ? `Did you mean "${hint}"?` : "Name the column that identifies the person."}`,
      [...path, "column"]
    );
    return;
  }
  if (table3.subject.erase !== "nullify") return;
  const stuck = table3.columns.filter(
    (c) => isPersonal(c) && (c.primaryKey || !c.nullable || c.name === table3.subject.column)
  );
  if (stuck.length > 0)
    report(
      ctx,
      "data-subject-column",
      `${table3.name} erases by nullify, but ${stuck.map((c) => c.name).join(", ")} cannot be set to NULL (a key, not nullable, or the subject column itself), so erasure would leave personal data. Make them nullable, or erase: delete.`,
      [...path, "erase"]
    );
}
function lintData(model, service, files, roles) {
  const ctx = { model, service, out: [] };
  if (roles !== void 0) ctx.roles = roles;
  for (const table3 of model.tables) {
    checkTable(ctx, table3);
    checkSubject(ctx, table3);
    checkCustomRules(ctx, table3);
  }
  if (model.engine === "spanner") checkSpannerLocations(ctx);
  for (const file2 of files) checkFile(ctx, file2);
  return ctx.out;
}

// src/data/spanner.ts
var TYPES2 = [
  [/^(text|varchar|character varying|citext)(\(\d+\))?$/i, "STRING(MAX)"],
  [/^uuid$/i, "STRING(36)"],
  [/^(bigint|int8|integer|int|int4|smallint|int2)$/i, "INT64"],
  [/^(timestamptz|timestamp|timestamp with time zone)$/i, "TIMESTAMP"],
  [/^(boolean|bool)$/i, "BOOL"],
  [/^(numeric|decimal)(\(\d+( ?, ?\d+)?\))?$/i, "NUMERIC"],
  [/^(double precision|float8|real|float4)$/i, "FLOAT64"],
  [/^(json|jsonb)$/i, "JSON"],
  [/^date$/i, "DATE"],
  [/^bytea$/i, "BYTES(MAX)"]
];
function spannerType(type) {
  return TYPES2.find(([pattern]) => pattern.test(type))?.[1] ?? type.toUpperCase();
}
function placementName(regionName) {
  return regionName.replaceAll("-", "_");
}
function rowDeletionPolicy(t) {
  const column = retentionColumn(t);
  if (t.retentionSeconds === void 0 || !column) return void 0;
  return { column: column.name, days: Math.ceil(t.retentionSeconds / 86400) };
}
function table2(t) {
  const lines = t.columns.map(
    (c) => `  ${backquote(c.name)} ${spannerType(c.type)}${c.nullable ? "" : " NOT NULL"}${t.locality === "by-row" && c.name === REGION_COLUMN ? " PLACEMENT KEY" : ""}`
  );
  if (t.locality === "by-row")
    lines.push(
      `  CONSTRAINT ${backquote(`${t.name}_region_is_placement`)} CHECK (${backquote(REGION_COLUMN)} IN (${t.placement.map((r) => literal(placementName(r))).join(", ")}))`
    );
  const keys = t.columns.filter((c) => c.primaryKey).map((c) => backquote(c.name));
  const policy = rowDeletionPolicy(t);
  const deletion = policy ? `,
  ROW DELETION POLICY (OLDER_THAN(${backquote(policy.column)}, INTERVAL ${policy.days} DAY))` : "";
  const classified = t.columns.filter(isClassified).map((c) => `-- ${t.name}.${c.name}: ${c.category}, readers ${c.readers.join(", ") || "none"}
`).join("");
  return `${classified}CREATE TABLE ${backquote(t.name)} (
${lines.join(",\n")}
) PRIMARY KEY (${keys.join(", ")})${deletion};`;
}
function compileSpanner(model) {
  const db = backquote(model.service);
  const leader = regionOrder(model)[0];
  const body = [];
  if (leader !== void 0)
    body.push(
      `ALTER DATABASE ${db} SET OPTIONS (default_leader = ${literal(region(model, leader).location)});`
    );
  const byRow = model.tables.filter((t) => t.locality === "by-row" && compilable(t));
  if (byRow.length > 0) {
    body.push(`ALTER DATABASE ${db} SET OPTIONS (per_placement_routing_metadata = TRUE);`);
    const placed = [...new Set(byRow.flatMap((t) => t.placement))];
    for (const r of model.regions.filter((r2) => placed.includes(r2.name)))
      body.push(
        `CREATE PLACEMENT ${backquote(placementName(r.name))} OPTIONS (instance_partition=${literal(`${r.name}-partition`)}, default_leader=${literal(r.location)});`
      );
  }
  const subjectRoles = model.tables.some((t) => t.subject) ? model.subjectRoles ?? [] : [];
  const roles = [.../* @__PURE__ */ new Set([...model.tables.flatMap(tableReaders), ...subjectRoles])].sort();
  body.push(...roles.map((r) => `CREATE ROLE ${backquote(r)};`));
  for (const t of model.tables.filter(compilable)) {
    body.push(table2(t));
    const name = backquote(t.name);
    for (const role of tableReaders(t)) {
      const visible = t.columns.filter((c) => !isClassified(c) || c.readers.includes(role));
      body.push(
        `GRANT SELECT(${visible.map((c) => backquote(c.name)).join(", ")}) ON TABLE ${name} TO ROLE ${backquote(role)};`
      );
    }
    for (const role of t.writers ?? [])
      body.push(`GRANT INSERT, UPDATE, DELETE ON TABLE ${name} TO ROLE ${backquote(role)};`);
    if (t.subject)
      for (const role of subjectRoles) {
        const cleared = nullified(t);
        if (t.subject.erase !== "nullify")
          body.push(`GRANT DELETE ON TABLE ${name} TO ROLE ${backquote(role)};`);
        else if (cleared.length > 0)
          body.push(
            `GRANT UPDATE(${cleared.map(backquote).join(", ")}) ON TABLE ${name} TO ROLE ${backquote(role)};`
          );
      }
  }
  const sql = `-- Generated by multiregion for ${model.service} (spanner, GoogleSQL DDL).
-- Do not edit: change multiregion.yaml and plan again.

${body.join("\n\n")}
`;
  return migration("multiregion/01_schema", "generated", "generated/spanner/01_schema.sql", sql);
}

// src/data/plan-data.ts
function migrationsFor(model, name, files) {
  if (model.engine === "postgres")
    return [
      ...compilePostgres(model, name),
      ...files.filter((f) => onlyRegions(f.sql)?.includes(name) ?? true)
    ];
  if (name !== regionOrder(model)[0]) return [];
  const compile = {
    cockroachdb: compileCockroach,
    spanner: compileSpanner,
    cassandra: compileCassandra
  }[model.engine];
  return [compile(model), ...files];
}
function planData(service, platform, files) {
  const model = dataModel(service, platform);
  if (!model) return void 0;
  const written = handWritten(files);
  const order = regionOrder(model);
  const regions = /* @__PURE__ */ new Map();
  for (const [i, name] of order.entries()) {
    const r = model.regions.find((x) => x.name === name);
    const data = {
      engine: model.engine,
      order: i + 1,
      migrations: migrationsFor(model, name, written)
    };
    if (r.secret !== void 0) data.secret = r.secret;
    regions.set(name, data);
  }
  return {
    service,
    model,
    regions,
    findings: lintData(model, service, files, platform.raw.spec.databaseRoles)
  };
}

export {
  REGION_COLUMN,
  isClassified,
  isPersonal,
  region,
  columnsIn,
  tableReaders,
  subscribers,
  objectName,
  publicationName,
  subscriptionName,
  RETENTION_FUNCTION_PREFIX,
  PUBLISHER_PLACEHOLDER,
  ON_PUBLISHER_COLUMN,
  RUNS_ON,
  retentionColumn,
  compilable,
  ROW_POLICY,
  objectTag,
  rowDeletionPolicy,
  planData
};
