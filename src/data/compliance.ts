import fides from './fides/data-categories.json' with { type: 'json' }
import type { Service } from '../manifest/model.js'
import type { YamlPath } from '../manifest/yaml-source.js'
import type { Finding } from '../schema/generated.js'
import type { SourceFile } from './migration.js'
import {
  REGION_COLUMN,
  classifiedJurisdictions,
  columnsIn,
  isClassified,
  isPersonal,
  region,
  regionOrder
} from './model.js'
import type { DataModel, DataTable } from './model.js'
import { closest } from '../manifest/suggest.js'
import { retentionColumn } from './postgres.js'
import { destructiveApproval, isSafeType, lineAt, splitStatements, stripComments } from './sql.js'

/**
 * The rule packs. `data` always runs: it checks the manifest against itself
 * (placement, readers, residency, migrations). `gdpr` and `pipl` run when the
 * platform's spec.compliance enables them.
 */
export const RULES = {
  'data-invalid-type': 'data',
  'data-unknown-category': 'data',
  'data-undeclared-reader': 'data',
  'data-classified-global': 'data',
  'data-classified-key-global': 'data',
  'data-engine-placement': 'data',
  'data-classified-no-readers': 'data',
  'data-residency-home': 'data',
  'data-residency-replicas': 'data',
  'data-by-row-region-column': 'data',
  'data-global-primary-key': 'data',
  'data-retention-column': 'data',
  'data-retention-nullable': 'data',
  'data-publication-classified': 'data',
  'data-destructive-migration': 'data',
  'data-subject-column': 'data',
  'gdpr-retention-missing': 'gdpr',
  'pipl-cross-border': 'pipl',
  'pipl-cluster-abroad': 'pipl'
} as const
export type Rule = keyof typeof RULES
/** The platform's own rules report as custom-<id>. */
export const CUSTOM_RULE_PREFIX = 'custom-'

interface Context {
  model: DataModel
  service: Service
  out: Finding[]
  /** The roles the platform declares (spec.databaseRoles); undefined when it declares none. */
  roles?: readonly string[]
}

/** The Fides data categories (fideslang's data_categories.yml, names only; see src/data/fides/). */
export const FIDES_CATEGORIES: readonly string[] = fides.categories

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    previous = row
  }
  return previous[b.length]!
}

/** The nearest known name, when one is near enough to be what was meant. */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  const scored = known
    .map(k => ({
      k,
      d: k.endsWith(`.${name}`) || k.startsWith(`${name}_`) ? 1 : distance(name, k)
    }))
    .sort((a, b) => a.d - b.d)
  const best = scored[0]
  return best && best.d <= Math.max(2, Math.floor(name.length / 4)) ? best.k : undefined
}

function enabled(ctx: Context, rule: Rule): boolean {
  const pack = RULES[rule]
  return pack === 'data' || ctx.model.compliance.includes(pack)
}

function report(
  ctx: Context,
  rule: Rule,
  message: string,
  path: YamlPath,
  severity: Finding['severity'] = 'error'
): void {
  if (!enabled(ctx, rule)) return
  ctx.out.push({ rule, severity, message, file: ctx.service.file, ...ctx.service.locate(path) })
}

function regionsOutside(ctx: Context, allowed: readonly string[]): string[] {
  return ctx.model.regions
    .filter(r => !allowed.includes(r.jurisdiction))
    .map(r => `${r.name} (${r.jurisdiction})`)
}

function checkTable(ctx: Context, table: DataTable): void {
  const path = table.path
  const columnPath = (name: string, key: string): YamlPath => [...path, 'columns', name, key]
  for (const c of table.columns) {
    if (!isSafeType(c.type))
      report(
        ctx,
        'data-invalid-type',
        `${table.name}.${c.name} has type ${JSON.stringify(c.type)}, which is not a SQL type name; use a name with an optional size, such as text, numeric(12,2) or uuid[].`,
        columnPath(c.name, 'type')
      )
    if (!isClassified(c)) continue
    if (!FIDES_CATEGORIES.includes(c.category!)) {
      const near = didYouMean(c.category!, FIDES_CATEGORIES)
      report(
        ctx,
        'data-unknown-category',
        `${table.name}.${c.name} has category ${c.category}, which is not a Fides data category, so the personal-data rules (GDPR, PIPL) cannot see it.${near ? ` Did you mean ${near}?` : ''} Use one of fideslang's categories, such as user.contact.email or system.operations.`,
        columnPath(c.name, 'category')
      )
    }
    for (const role of c.readers) {
      const known = ctx.roles ?? ctx.model.tables.flatMap(t => t.columns.flatMap(k => k.readers))
      const near = didYouMean(
        role,
        known.filter(k => k !== role)
      )
      if (ctx.roles ? !ctx.roles.includes(role) : near !== undefined)
        report(
          ctx,
          'data-undeclared-reader',
          `${table.name}.${c.name} names reader ${role}, which ${ctx.roles ? 'the platform does not declare (spec.databaseRoles)' : 'no other column names'}, so migrate would create a new role for it.${near ? ` Did you mean ${near}?` : ''}`,
          columnPath(c.name, 'readers'),
          'warning'
        )
    }
    if (table.locality === 'global' && c.primaryKey)
      report(
        ctx,
        'data-classified-key-global',
        `${table.name}.${c.name} is ${c.category} and part of the primary key of a global table: replicas cannot leave it out, since replication identifies every UPDATE and DELETE by the key. Key the table by an unclassified column.`,
        columnPath(c.name, 'primaryKey')
      )
    // Only postgres replicates with a column list; the other engines copy a global table whole. Personal data is refused everywhere.
    if (table.locality === 'global' && ctx.model.engine === 'postgres' && !isPersonal(c))
      report(
        ctx,
        'data-classified-global',
        `${table.name}.${c.name} is ${c.category} in a global table: replicas outside ${classifiedJurisdictions(ctx.model, table).join(', ')} are generated without it, so readers there will not find it. Move the column to a regional or by-row table.`,
        columnPath(c.name, 'category'),
        'warning'
      )
    else if (table.locality === 'global' && isPersonal(c))
      report(
        ctx,
        'data-classified-global',
        `${table.name}.${c.name} is personal data (${c.category}) in a global table, which exists in every region: one missed column list, publication or replica would carry it abroad. Move the column to a regional or by-row table.`,
        columnPath(c.name, 'category')
      )
    else if (table.locality === 'global')
      report(
        ctx,
        'data-classified-global',
        `${table.name}.${c.name} is ${c.category}, but ${table.name} is global and ${ctx.model.engine} copies a global table whole to every region. Move the column to a regional or by-row table.`,
        columnPath(c.name, 'category')
      )
    if (c.readers.length === 0)
      report(
        ctx,
        'data-classified-no-readers',
        `${table.name}.${c.name} is ${c.category} but names no readers, so no role may read it. List the roles that need it in readers.`,
        columnPath(c.name, 'category')
      )
  }
  const homeRegion = region(ctx.model, table.home)
  if (table.residency && homeRegion && !table.residency.includes(homeRegion.jurisdiction))
    report(
      ctx,
      'data-residency-home',
      `${table.name} may only be stored in ${table.residency.join(', ')}, but its home ${table.home} is in ${homeRegion.jurisdiction}. Choose a home region in ${table.residency.join(' or ')}.`,
      [...path, 'home']
    )
  if (table.residency && table.locality === 'global') {
    const outside = regionsOutside(ctx, table.residency)
    if (outside.length > 0)
      report(
        ctx,
        'data-residency-replicas',
        `${table.name} is global, but its rows may only be stored in ${table.residency.join(', ')}, so ${outside.join(', ')} get no replica. Make it regional or by-row, or widen residency.`,
        [...path, 'locality'],
        'warning'
      )
  }
  if (table.locality === 'by-row') {
    const column = table.columns.find(c => c.name === REGION_COLUMN)
    if (!column || column.primaryKey !== false || !/^(text|varchar)/i.test(column.type))
      report(
        ctx,
        'data-by-row-region-column',
        `${table.name} is by-row, so each row names its region in a text column "${REGION_COLUMN}"; add ${REGION_COLUMN}: { type: text, nullable: false }.`,
        [...path, 'locality']
      )
  }
  if (table.locality === 'global' && !table.columns.some(c => c.primaryKey))
    report(
      ctx,
      'data-global-primary-key',
      `${table.name} is global, and logical replication needs a primary key to copy updates and deletes. Mark its key columns primaryKey: true.`,
      [...path, 'locality']
    )
  const personal = table.columns.filter(isPersonal)
  const aged = retentionColumn(table)
  if (table.retention !== undefined && aged?.nullable)
    report(
      ctx,
      'data-retention-nullable',
      `${table.name} keeps rows for ${table.retention} by ${aged.name}, which may be NULL: the deletion job never deletes a row whose ${aged.name} is NULL. Declare ${aged.name}: { ..., nullable: false }.`,
      [...path, 'columns', aged.name, 'type'],
      'warning'
    )
  checkEngine(ctx, table, personal.length > 0)
  checkClusterAbroad(ctx, table, personal.length > 0)
  if (table.retention !== undefined && !aged)
    report(
      ctx,
      'data-retention-column',
      `${table.name} keeps rows for ${table.retention}, but has no timestamp column to age them by, so no deletion job is generated. Add created_at: { type: timestamptz }.`,
      [...path, 'retention'],
      'warning'
    )
  if (personal.length > 0 && table.retention === undefined)
    report(
      ctx,
      'gdpr-retention-missing',
      `${table.name} holds personal data (${personal.map(c => `${c.name}: ${c.category}`).join(', ')}) with no retention; GDPR's storage limitation needs one. Set retention, such as 730d.`,
      [...path, 'home']
    )
  if (personal.length > 0 && homeRegion?.jurisdiction === 'CN') {
    // By-row rows stay where they were collected, so only a global table carries CN rows abroad.
    const reach = table.locality === 'global' ? table.placement : [table.home]
    const abroad = reach
      .map(name => region(ctx.model, name)!)
      .filter(r => r.jurisdiction !== 'CN')
      .map(r => r.name)
    const declared = (table.residency ?? []).filter(j => j !== 'CN')
    if (abroad.length > 0 || declared.length > 0)
      report(
        ctx,
        'pipl-cross-border',
        `${table.name} holds personal data collected in China (home ${table.home}), but ${abroad.length > 0 ? `rows would be stored in ${abroad.join(', ')}` : `residency allows ${declared.join(', ')}`}. PIPL keeps it in CN: set residency: [CN] and locality regional or by-row.`,
        [...path, table.residency ? 'residency' : 'home']
      )
  }
}

/** The engines whose one cluster spans every region of the service: any node may serve any row. */
const SPANNING: readonly string[] = ['cockroachdb', 'spanner', 'cassandra']

/**
 * PLACEMENT RESTRICTED (or a placement, or a data center) stores CN rows in CN,
 * but a gateway node abroad still reads them for its clients: remote access is
 * a cross-border transfer (PIPL art. 38), so the rows need a cluster inside CN.
 */
function checkClusterAbroad(ctx: Context, table: DataTable, personal: boolean): void {
  if (!personal || !SPANNING.includes(ctx.model.engine)) return
  if (ctx.model.clusterWithin?.includes('CN')) return
  const inChina = (name: string) => region(ctx.model, name)?.jurisdiction === 'CN'
  const homed =
    table.locality === 'by-row' ? table.placement.filter(inChina) : [table.home].filter(inChina)
  if (homed.length === 0) return
  const abroad = regionsOutside(ctx, ['CN'])
  if (abroad.length === 0) return
  report(
    ctx,
    'pipl-cluster-abroad',
    `${table.name} holds personal data placed in ${homed.join(', ')} (CN), but ${ctx.model.engine} runs one cluster across ${abroad.join(', ')} too, and any node there can read those rows: remote access is a transfer (PIPL art. 38). Run CN on a cluster of its own and declare it in the platform (spec.databaseClusterWithin: [CN]), or use engine postgres, a database per region.`,
    [...table.path, 'home']
  )
}

/** What each single-cluster engine cannot place the way the manifest asks. */
function checkEngine(ctx: Context, table: DataTable, personal: boolean): void {
  const engine = ctx.model.engine
  if (engine === 'cockroachdb' && table.locality === 'global' && table.residency)
    report(
      ctx,
      'data-engine-placement',
      `${table.name} is global with residency ${table.residency.join(', ')}, but CockroachDB places a GLOBAL table in every database region: super regions and PLACEMENT RESTRICTED do not apply to it. Make it regional or by-row.`,
      [...table.path, 'residency']
    )
  if (engine === 'cassandra' && table.locality === 'by-row' && personal) {
    const jurisdictions = [...new Set(table.placement.map(r => region(ctx.model, r)?.jurisdiction))]
    if (jurisdictions.length > 1)
      report(
        ctx,
        'data-engine-placement',
        `${table.name} is by-row with personal data, but Cassandra replicates every row of a keyspace to all its data centers, so rows of ${jurisdictions.join(', ')} would each be stored in the others. Split it into one regional table per jurisdiction, or set residency to one jurisdiction.`,
        [...table.path, 'locality']
      )
  }
  if (engine === 'spanner' && (table.locality === 'regional' || table.residency))
    report(
      ctx,
      'data-engine-placement',
      `${table.name} is kept where the Spanner instance configuration keeps its replicas: Spanner places only by-row tables itself. Use an instance configuration whose read-write and read-only replicas all sit in ${classifiedJurisdictions(ctx.model, table).join(', ')}, and add no read-only replicas outside it.`,
      [...table.path, table.residency ? 'residency' : 'locality'],
      'info'
    )
}

/** default_leader and placements take Spanner's own region names: the leader's, and every by-row region's. */
function checkSpannerLocations(ctx: Context): void {
  const leader = regionOrder(ctx.model)[0]
  const placed = ctx.model.tables.filter(t => t.locality === 'by-row').flatMap(t => t.placement)
  for (const r of ctx.model.regions.filter(r => r.name === leader || placed.includes(r.name)))
    if (!/^[a-z]+-[a-z]+\d+$/.test(r.location))
      ctx.out.push({
        rule: 'data-engine-placement',
        severity: 'error',
        message: `Region ${r.name} has location ${r.location}, which is not a Spanner region name (such as us-east1 or europe-north1), so Spanner would refuse it as ${r.name === leader ? 'default_leader' : 'a placement leader'}. Give the platform's region the location Spanner knows it by.`,
        file: ctx.service.file,
        ...ctx.service.locate(['spec', 'regions'])
      })
}

function inCategory(category: string, covered: string): boolean {
  return category === covered || category.startsWith(`${covered}.`)
}

/** A platform rule: columns of its categories only in its jurisdictions, wherever the compiler would put them. */
function checkCustomRules(ctx: Context, table: DataTable): void {
  for (const rule of ctx.model.customRules) {
    for (const c of table.columns) {
      if (!c.category || !rule.categories.some(k => inCategory(c.category!, k))) continue
      const outside = table.placement
        .filter(r => columnsIn(ctx.model, table, r).includes(c))
        .map(r => region(ctx.model, r)!)
        .filter(r => !rule.jurisdictions.includes(r.jurisdiction))
        .map(r => `${r.name} (${r.jurisdiction})`)
      if (outside.length === 0) continue
      ctx.out.push({
        rule: `${CUSTOM_RULE_PREFIX}${rule.id}`,
        severity: rule.severity ?? 'error',
        message: `${table.name}.${c.name} is ${c.category}, which the platform keeps in ${rule.jurisdictions.join(', ')}, but it would be stored in ${outside.join(', ')}.${rule.message ? ` ${rule.message}` : ''} Set residency: [${rule.jurisdictions.join(', ')}] on ${table.name}.`,
        file: ctx.service.file,
        ...ctx.service.locate([...table.path, 'columns', c.name, 'category'])
      })
    }
  }
}

const DESTRUCTIVE: [RegExp, string][] = [
  [/\bDROP\s+TABLE\b/i, 'drops a table'],
  [/\bTRUNCATE\b/i, 'empties a table'],
  [/\bDROP\s+COLUMN\b/i, 'drops a column'],
  [/\bALTER\s+(?:COLUMN\s+)?(?:"[^"]+"|\w+)\s+(?:SET\s+DATA\s+)?TYPE\b/i, 'rewrites a column'],
  [/\bRENAME\s+(?:COLUMN\s+)?(?:"[^"]+"|\w+)\s+TO\b/i, 'renames a column']
]

function checkFile(ctx: Context, file: SourceFile): void {
  const approved = destructiveApproval(file.text)
  const classified = new Map(
    ctx.model.tables.map(t => [t.name, t.columns.filter(isClassified).map(c => c.name)])
  )
  for (const statement of splitStatements(file.text)) {
    const text = stripComments(statement.text)
    const at = (index: number) => ({
      line: statement.line + lineAt(statement.text, Math.max(index, 0)) - 1,
      column: 1
    })
    if (!approved) {
      for (const [pattern, what] of DESTRUCTIVE) {
        const match = pattern.exec(statement.text)
        if (!match) continue
        ctx.out.push({
          rule: 'data-destructive-migration',
          severity: 'error',
          message: `${file.name} ${what}, which loses data that no later migration can bring back. Once reviewed, record the approval in the file: -- multiregion:approve-destructive <approver>: <reason>.`,
          file: file.path,
          ...at(match.index)
        })
        break
      }
    }
    if (!/\b(CREATE|ALTER)\s+PUBLICATION\b/i.test(text)) continue
    const leaks: string[] = []
    if (/\bFOR\s+(ALL\s+TABLES|TABLES\s+IN\s+SCHEMA)\b/i.test(text)) {
      for (const [table, columns] of classified)
        if (columns.length > 0) leaks.push(`${table} (${columns.join(', ')})`)
    } else {
      // A table, bare, quoted or schema-qualified ("public"."customers"), with an optional column list.
      const refs =
        /(?:\bTABLE\b|,)\s*(?:ONLY\s+)?(?:(?:"[^"]+"|[A-Za-z_][\w$]*)\s*\.\s*)?"?([A-Za-z_][\w$]*)"?\s*\*?\s*(\(([^)]*)\))?/gi
      for (const ref of text.matchAll(refs)) {
        const columns = classified.get(ref[1]!.toLowerCase()) ?? []
        const listed = ref[3]?.split(',').map(c => c.trim().replace(/^"|"$/g, ''))
        const copied = listed ? columns.filter(c => listed.includes(c)) : columns
        if (copied.length > 0) leaks.push(`${ref[1]} (${copied.join(', ')})`)
      }
    }
    if (leaks.length > 0)
      ctx.out.push({
        rule: 'data-publication-classified',
        severity: 'error',
        message: `${file.name} publishes classified columns ${leaks.join('; ')}, which subscribers in other regions would copy. Give the publication a column list without them; the manifest's global tables get theirs generated.`,
        file: file.path,
        ...at(0)
      })
  }
}

/** Every compliance finding for the data block and the hand-written migrations, with their file and line. */
/** Data subject export and erasure find rows by the subject column, and nullify must be able to null every personal column. */
function checkSubject(ctx: Context, table: DataTable): void {
  if (!table.subject) return
  const path = [...table.path, 'subject']
  const names = table.columns.map(c => c.name)
  if (!names.includes(table.subject.column)) {
    const hint = closest(table.subject.column, names)
    report(
      ctx,
      'data-subject-column',
      `${table.name}'s subject column "${table.subject.column}" is not one of its columns (${names.join(', ')}). ${hint ? `Did you mean "${hint}"?` : 'Name the column that identifies the person.'}`,
      [...path, 'column']
    )
    return
  }
  if (table.subject.erase !== 'nullify') return
  const stuck = table.columns.filter(
    c => isPersonal(c) && (c.primaryKey || !c.nullable || c.name === table.subject!.column)
  )
  if (stuck.length > 0)
    report(
      ctx,
      'data-subject-column',
      `${table.name} erases by nullify, but ${stuck.map(c => c.name).join(', ')} cannot be set to NULL (a key, not nullable, or the subject column itself), so erasure would leave personal data. Make them nullable, or erase: delete.`,
      [...path, 'erase']
    )
}

export function lintData(
  model: DataModel,
  service: Service,
  files: readonly SourceFile[],
  roles?: readonly string[]
): Finding[] {
  const ctx: Context = { model, service, out: [] }
  if (roles !== undefined) ctx.roles = roles
  for (const table of model.tables) {
    checkTable(ctx, table)
    checkSubject(ctx, table)
    checkCustomRules(ctx, table)
  }
  if (model.engine === 'spanner') checkSpannerLocations(ctx)
  for (const file of files) checkFile(ctx, file)
  return ctx.out
}
