// src/manifest/formats.ts
var SIZE_UNITS = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40
};

// src/data/sql.ts
function ident(name) {
  if (name.includes("\0")) throw new Error(`identifier contains NUL: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}

// src/data/data-map.ts
var DATA_MAP_VERSION = 1;

// src/data-api/audit.ts
function jsonLinesSink(stream = process.stderr) {
  return { write: (entry) => void stream.write(`${JSON.stringify(entry)}
`) };
}
function memorySink() {
  const entries = [];
  return { entries, write: (entry) => void entries.push(entry) };
}

// src/data-api/connections.ts
import pg from "pg";

// src/data-api/errors.ts
var DataError = class extends Error {
  constructor(code, message, region2) {
    super(message);
    this.code = code;
    this.region = region2;
    this.name = "DataError";
  }
  code;
  region;
};
function mask(message, secrets) {
  let out = message;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("***");
  return out;
}

// src/data-api/connections.ts
var Connections = class {
  constructor(options) {
    this.options = options;
  }
  options;
  pools = /* @__PURE__ */ new Map();
  secrets = [];
  url(region2) {
    const spec = this.options.map.regions[region2];
    if (!spec) throw new DataError("bad-map", `the data map has no region ${region2}`, region2);
    if (!spec.secret)
      throw new DataError(
        "no-url",
        `${region2} has no database secret in the data map: set spec.regions.${region2}.database.secret in platform.yaml and plan again.`,
        region2
      );
    const url = this.options.env[spec.secret];
    if (!url)
      throw new DataError(
        "no-url",
        `${region2}'s database URL is not set: the environment variable ${spec.secret} is empty.`,
        region2
      );
    if (!this.secrets.includes(url)) {
      this.secrets.push(url);
      try {
        const password = decodeURIComponent(new URL(url).password);
        if (password) this.secrets.push(password, encodeURIComponent(password));
      } catch {
      }
    }
    return url;
  }
  pool(region2, role) {
    const id = `${region2}\0${role ?? ""}`;
    let pool = this.pools.get(id);
    if (!pool) {
      const { timeoutMs, maxPerRegion } = this.options;
      pool = new pg.Pool({
        connectionString: this.url(region2),
        max: maxPerRegion,
        connectionTimeoutMillis: timeoutMs,
        query_timeout: timeoutMs,
        // The role is an identifier checked against the data map; quoting keeps it one word.
        ...role ? { options: `-c role=${role}` } : {}
      });
      pool.on("error", () => void 0);
      this.pools.set(id, pool);
    }
    return pool;
  }
  fail(region2, error) {
    if (error instanceof DataError) return error;
    const secret = this.options.map.regions[region2]?.secret ?? "its secret";
    const message = mask(error instanceof Error ? error.message : String(error), this.secrets);
    const code = error.code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code))
      return new DataError("query", `${region2}: ${message}`, region2);
    return new DataError(
      "unavailable",
      `${region2}'s database (${secret}) is unavailable: ${message}`,
      region2
    );
  }
  /** One statement on the region's database, as the role when one is given. */
  async query(region2, text, values, role) {
    try {
      const result = await this.pool(region2, role).query(text, values);
      return result.rows;
    } catch (error) {
      throw this.fail(region2, error);
    }
  }
  /** Statements in one transaction on the region's database; rolled back whole when one fails. */
  async transaction(region2, body) {
    let client;
    try {
      client = await this.pool(region2, void 0).connect();
      const c = client;
      await c.query("BEGIN");
      try {
        const out = await body(async (text, values) => (await c.query(text, values)).rows);
        await c.query("COMMIT");
        return out;
      } catch (error) {
        await c.query("ROLLBACK").catch(() => void 0);
        throw error;
      }
    } catch (error) {
      throw this.fail(region2, error);
    } finally {
      client?.release();
    }
  }
  async close() {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((p) => p.end().catch(() => void 0)));
  }
};

// src/data-api/subject.ts
function regionsOf(table) {
  return table.locality === "by-row" ? table.placement : [table.home];
}
function targets(caller) {
  return Object.entries(caller.map.tables).filter((e) => e[1].subject !== void 0).map(([name, table]) => ({ name, table }));
}
function byRegion(caller) {
  const out = /* @__PURE__ */ new Map();
  for (const region2 of caller.map.order)
    for (const target of targets(caller))
      if (regionsOf(target.table).includes(region2))
        out.set(region2, [...out.get(region2) ?? [], target]);
  return out;
}
function personalColumns(table) {
  return Object.entries(table.columns).filter(([, c]) => c.category !== void 0).map(([name]) => name);
}
async function each(caller, run) {
  const results = /* @__PURE__ */ new Map();
  const receipts = await Promise.all(
    [...byRegion(caller)].map(async ([region2, tables]) => {
      try {
        results.set(region2, await run(region2, tables));
        return { region: region2, ok: true, rows: {} };
      } catch (error) {
        return {
          region: region2,
          ok: false,
          rows: {},
          error: error instanceof Error ? error.message : String(error)
        };
      }
    })
  );
  return { results, receipts };
}
async function exportSubject(caller, id) {
  const tables = {};
  const { results, receipts } = await each(caller, async (region2, targets2) => {
    const found = {};
    for (const { name, table } of targets2) {
      const rows = await caller.connections.query(
        region2,
        `SELECT * FROM ${ident(name)} WHERE ${ident(table.subject.column)} = $1`,
        [id]
      );
      found[name] = rows;
      const classified = personalColumns(table);
      if (rows.length > 0 && classified.length > 0)
        await caller.audit.write({
          time: (/* @__PURE__ */ new Date()).toISOString(),
          role: caller.role,
          purpose: caller.purpose,
          table: name,
          columns: classified,
          key: { [table.subject.column]: id },
          region: region2,
          rows: rows.length,
          action: "export"
        });
    }
    return found;
  });
  for (const receipt of receipts) {
    const found = results.get(receipt.region) ?? {};
    for (const [name, rows] of Object.entries(found)) {
      receipt.rows[name] = rows.length;
      tables[name] = [...tables[name] ?? [], ...rows];
    }
  }
  return { subject: id, complete: receipts.every((r) => r.ok), regions: receipts, tables };
}
async function eraseSubject(caller, id) {
  const { results, receipts } = await each(
    caller,
    (region2) => caller.connections.transaction(region2, async (tx) => {
      const changed = {};
      for (const { name, table } of byRegion(caller).get(region2) ?? []) {
        const personal = Object.entries(table.columns).filter(([, c]) => c.personal && c.nullable && !c.primaryKey).map(([c]) => c).filter((c) => c !== table.subject.column);
        const text = table.subject.erase === "nullify" ? `UPDATE ${ident(name)} SET ${personal.map((c) => `${ident(c)} = NULL`).join(", ") || `${ident(table.subject.column)} = ${ident(table.subject.column)}`} WHERE ${ident(table.subject.column)} = $1 RETURNING 1` : `DELETE FROM ${ident(name)} WHERE ${ident(table.subject.column)} = $1 RETURNING 1`;
        changed[name] = (await tx(text, [id])).length;
      }
      return changed;
    })
  );
  for (const receipt of receipts) receipt.rows = results.get(receipt.region) ?? {};
  for (const receipt of receipts.filter((r) => r.ok))
    await caller.audit.write({
      time: (/* @__PURE__ */ new Date()).toISOString(),
      role: caller.role,
      purpose: caller.purpose,
      table: Object.keys(receipt.rows).join(","),
      columns: [],
      key: { subject: id },
      region: receipt.region,
      rows: Object.values(receipt.rows).reduce((a, b) => a + b, 0),
      action: "erase"
    });
  return { subject: id, complete: receipts.every((r) => r.ok), regions: receipts };
}
async function runRetention(caller) {
  const work = /* @__PURE__ */ new Map();
  for (const [name, table] of Object.entries(caller.map.tables)) {
    if (!table.retentionFunction) continue;
    for (const region2 of table.locality === "global" ? [table.home] : table.placement)
      work.set(region2, [...work.get(region2) ?? [], [name, table.retentionFunction]]);
  }
  return Promise.all(
    caller.map.order.filter((region2) => work.has(region2)).map(async (region2) => {
      const rows = {};
      try {
        for (const [name, fn] of work.get(region2)) {
          const [row] = await caller.connections.query(
            region2,
            `SELECT ${ident(fn)}() AS deleted`,
            []
          );
          rows[name] = Number(row?.deleted ?? 0);
        }
        return { region: region2, ok: true, rows };
      } catch (error) {
        return {
          region: region2,
          ok: false,
          rows,
          error: error instanceof Error ? error.message : String(error)
        };
      }
    })
  );
}

// src/data-api/table.ts
var MAX_FIND = 1e4;
function readable(table, role) {
  return Object.entries(table.columns).filter(([, c]) => c.category === void 0 || c.readers.includes(role)).map(([name]) => name);
}
function readsAsRole(table, role) {
  return Object.values(table.columns).some((c) => c.readers.includes(role));
}
function tableOf(map, name) {
  const table = Object.hasOwn(map.tables, name) ? map.tables[name] : void 0;
  if (!table)
    throw new DataError(
      "unknown-table",
      `${map.service} has no table ${name} (tables: ${Object.keys(map.tables).join(", ")}); add it to spec.data.tables in multiregion.yaml.`
    );
  return table;
}
function openTable(caller, name) {
  const table = tableOf(caller.map, name);
  const { map, role, connections } = caller;
  const t = ident(name);
  const columns = Object.keys(table.columns);
  const canRead = readable(table, role);
  const classifiedRead = canRead.filter((c) => table.columns[c].category !== void 0);
  const asRole = readsAsRole(table, role) ? role : void 0;
  const checkColumns = (row, what) => {
    for (const column of Object.keys(row))
      if (!columns.includes(column))
        throw new DataError(
          "unknown-column",
          `${name} has no column ${column} (in ${what}); its columns are ${columns.join(", ")}.`
        );
  };
  const allowed = (region2, why) => {
    if (!table.placement.includes(region2)) {
      const jurisdiction = map.regions[region2]?.jurisdiction;
      throw new DataError(
        "residency",
        `${name} may not be stored in ${region2}${jurisdiction ? ` (${jurisdiction})` : ""}: ${why}; it may live only in ${table.placement.join(", ") || "no region"}${table.jurisdictions ? ` (jurisdictions ${table.jurisdictions.join(", ")})` : ""}.`,
        region2
      );
    }
    return region2;
  };
  const rowRegion = (row, what) => {
    if (!table.regionColumn) return void 0;
    const value = row[table.regionColumn];
    if (value === void 0) return void 0;
    if (typeof value !== "string" || !Object.hasOwn(map.regions, value))
      throw new DataError(
        "residency",
        `${name}.${table.regionColumn} in ${what} is ${JSON.stringify(value)}, which is not one of the service's regions (${Object.keys(map.regions).join(", ")}).`
      );
    return allowed(value, `its ${table.regionColumn} column says ${value}`);
  };
  const writeRegions = (row, what) => {
    if (table.locality !== "by-row") return [allowed(table.home, "it is the home region")];
    const region2 = rowRegion(row, what);
    return region2 ? [region2] : table.placement.filter((r) => allowed(r, "searched"));
  };
  const readRegions = (row, wanted, what) => {
    if (table.locality === "regional") return [table.home];
    if (table.locality === "global") {
      const local = table.replicas?.[caller.region];
      return local && wanted.every((c) => local.includes(c)) ? [caller.region] : [table.home];
    }
    const region2 = rowRegion(row, what);
    if (region2) return [region2];
    return map.order.filter((r) => table.placement.includes(r));
  };
  const keyOf = (key, what) => {
    const k = typeof key === "object" && key !== null ? { ...key } : table.key.length === 1 ? { [table.key[0]]: key } : {};
    checkColumns(k, what);
    const missing = table.key.filter((c) => k[c] === void 0);
    if (table.key.length === 0 || missing.length > 0)
      throw new DataError(
        "bad-key",
        table.key.length === 0 ? `${name} has no primary key to look rows up by; mark its key columns primaryKey: true.` : `${what} needs ${name}'s key ${table.key.join(", ")}; missing ${missing.join(", ")}.`
      );
    return k;
  };
  const where = (filter, offset) => {
    const names = Object.keys(filter);
    const text = names.map(
      (c, i) => filter[c] === null ? `${ident(c)} IS NULL` : `${ident(c)} = $${i + 1 + offset}`
    ).join(" AND ");
    return {
      text: text ? ` WHERE ${text}` : "",
      values: names.filter((c) => filter[c] !== null).map((c) => filter[c])
    };
  };
  const refuseHidden = (filter, what) => {
    const hidden = Object.keys(filter).filter((c) => !canRead.includes(c));
    if (hidden.length > 0)
      throw new DataError(
        "not-readable",
        `${role} may not read ${name}.${hidden.join(`, ${name}.`)}, so it cannot look rows up by ${hidden.length > 1 ? "them" : "it"} (in ${what}). Add ${role} to the column's readers in multiregion.yaml.`
      );
  };
  const audit = async (key, region2, rows) => {
    if (classifiedRead.length === 0 || rows.length === 0) return;
    await caller.audit.write({
      time: (/* @__PURE__ */ new Date()).toISOString(),
      role,
      purpose: caller.purpose,
      table: name,
      columns: classifiedRead,
      key,
      region: region2,
      rows: rows.length,
      action: "read"
    });
  };
  const select = canRead.map(ident).join(", ");
  const read = async (filter, limit, what) => {
    refuseHidden(filter, what);
    const regions = readRegions(filter, canRead, what);
    const w = where(filter, 0);
    const text = `SELECT ${select} FROM ${t}${w.text} LIMIT ${limit}`;
    const fetch = async (region2) => {
      const rows = await connections.query(region2, text, w.values, asRole);
      await audit(filter, region2, rows);
      return rows;
    };
    if (limit === 1) {
      for (const region2 of regions) {
        const rows = await fetch(region2);
        if (rows.length > 0) return rows;
      }
      return [];
    }
    return (await Promise.all(regions.map(fetch))).flat().slice(0, limit);
  };
  return {
    async insert(row) {
      const r = row;
      checkColumns(r, "insert");
      const [region2] = writeRegions(r, "insert");
      if (table.locality === "by-row" && rowRegion(r, "insert") === void 0)
        throw new DataError(
          "residency",
          `${name} is by-row: an inserted row names its region in ${table.regionColumn} (one of ${table.placement.join(", ")}).`
        );
      const names = Object.keys(r);
      const returning = table.key.filter((c) => canRead.includes(c));
      const text = `INSERT INTO ${t} (${names.map(ident).join(", ")}) VALUES (${names.map((_, i) => `$${i + 1}`).join(", ")})${returning.length > 0 ? ` RETURNING ${returning.map(ident).join(", ")}` : ""}`;
      const rows = await connections.query(
        region2,
        text,
        names.map((c) => r[c])
      );
      return {
        regions: [region2],
        count: 1,
        ...rows[0] ? { key: rows[0] } : {}
      };
    },
    async update(key, patch) {
      const k = keyOf(key, "update");
      const p = patch;
      checkColumns(p, "update");
      if (table.regionColumn && p[table.regionColumn] !== void 0)
        throw new DataError(
          "residency",
          `${name}.${table.regionColumn} says where a row lives and cannot be updated; move a row by inserting it in the new region and deleting it from the old one.`
        );
      const set = Object.keys(p);
      if (set.length === 0) return { regions: [], count: 0 };
      const w = where(k, set.length);
      const text = `UPDATE ${t} SET ${set.map((c, i) => `${ident(c)} = $${i + 1}`).join(", ")}${w.text}`;
      return write(writeRegions(k, "update"), text, [...set.map((c) => p[c]), ...w.values]);
    },
    async delete(key) {
      const k = keyOf(key, "delete");
      const w = where(k, 0);
      return write(writeRegions(k, "delete"), `DELETE FROM ${t}${w.text}`, w.values);
    },
    async get(key) {
      const k = keyOf(key, "get");
      const rows = await read(k, 1, "get");
      return rows[0];
    },
    async find(filter, options = {}) {
      const f = { ...filter };
      checkColumns(f, "find");
      if (options.region !== void 0) {
        if (!table.regionColumn)
          throw new DataError(
            "bad-key",
            `find's region option is for by-row tables; ${name} is ${table.locality}.`
          );
        f[table.regionColumn] = options.region;
      }
      const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? 100)), MAX_FIND);
      return await read(f, limit, "find");
    }
  };
  async function write(regions, text, values) {
    let count = 0;
    const touched = [];
    for (const region2 of regions) {
      const rows = await connections.query(region2, `${text} RETURNING 1`, values);
      count += rows.length;
      touched.push(region2);
    }
    return { regions: touched, count };
  }
}

// src/data-api/index.ts
var ROLE = /^[a-z_][a-z0-9_]{0,62}$/;
function parseMap(map) {
  let value = map;
  if (typeof map === "string") {
    try {
      value = JSON.parse(map);
    } catch (error) {
      throw new DataError(
        "bad-map",
        `the data map is not JSON: ${error.message}. Pass the data-map.json of the <service>-data ConfigMap.`
      );
    }
  }
  const m = value;
  if (!m || typeof m !== "object" || typeof m.tables !== "object" || typeof m.regions !== "object")
    throw new DataError("bad-map", "the data map has no tables or regions: pass data-map.json.");
  if (m.mapVersion !== DATA_MAP_VERSION)
    throw new DataError(
      "bad-map",
      `the data map is version ${String(m.mapVersion)}, and this library reads version ${DATA_MAP_VERSION}: upgrade multiregion, or plan again with the version this service uses.`
    );
  return m;
}
function openData(options) {
  const map = parseMap(options.map);
  const region2 = options.region ?? map.region;
  if (!Object.hasOwn(map.regions, region2))
    throw new DataError(
      "bad-map",
      `region ${region2} is not one of ${map.service}'s regions (${Object.keys(map.regions).join(", ")}).`
    );
  if (!ROLE.test(options.role))
    throw new DataError(
      "bad-map",
      `role ${JSON.stringify(options.role)} is not a database role name (lower-case letters, digits and _).`
    );
  const connections = new Connections({
    map,
    env: options.env ?? process.env,
    timeoutMs: options.timeoutMs ?? 5e3,
    maxPerRegion: options.maxConnectionsPerRegion ?? 10
  });
  const caller = {
    map: { ...map, order: map.region === region2 ? map.order : reorder(map, region2) },
    region: region2,
    role: options.role,
    purpose: options.purpose,
    audit: options.audit ?? jsonLinesSink(),
    connections
  };
  const tables = /* @__PURE__ */ new Map();
  return {
    table(name) {
      let t = tables.get(name);
      if (!t) {
        t = openTable(caller, name);
        tables.set(name, t);
      }
      return t;
    },
    subject: (id) => ({
      export: () => exportSubject(caller, id),
      erase: () => eraseSubject(caller, id)
    }),
    retention: { run: () => runRetention(caller) },
    close: () => connections.close()
  };
}
function reorder(map, region2) {
  const jurisdiction = map.regions[region2]?.jurisdiction;
  const rank = (r) => r === region2 ? 0 : map.regions[r]?.jurisdiction === jurisdiction ? 1 : 2;
  return [...map.order].sort((a, b) => rank(a) - rank(b));
}
export {
  DataError,
  jsonLinesSink,
  memorySink,
  openData
};
