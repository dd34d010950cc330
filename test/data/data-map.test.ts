import { describe, expect, it } from '@jest/globals'
import { dataMap, dataMapFile, decodeDataMap } from '../../src/data/data-map.js'
import { renderRowTypes } from '../../src/data/row-types.js'
import { planData } from '../../src/data/plan-data.js'
import { loadPlatform, loadService } from '../../src/manifest/load.js'
import { dataModel } from '../../src/data/model.js'
import { largePlatform, regionName } from '../support/large-inputs.js'
import { DataError, openData } from '../../src/data-api/index.js'
import { fixtureModel } from '../support/data.js'
import { fixturePlatform, fixtureService } from '../support/fixtures.js'

describe('the data map', () => {
  const model = fixtureModel('residency')

  it("tells a Spanner application its instance, database and each region's placement, never a credential", () => {
    const spanner = {
      ...fixtureModel('residency', 'spanner'),
      spanner: { project: 'acme-prod', instance: 'global-1' }
    }
    const map = dataMap(spanner, 'sweden')
    expect(map.spanner).toEqual({
      project: 'acme-prod',
      instance: 'global-1',
      database: 'profiles'
    })
    expect(map.regions['us-east']).toMatchObject({ placement: 'us_east' })
    expect(map.tables.customers).toMatchObject({ rowDeletion: { column: 'created_at', days: 730 } })
    expect(map.tables.customers!.retentionFunction).toBeUndefined()
    // The postgres map has neither: its rows are placed by database, and deleted by functions.
    expect(dataMap(model, 'sweden').spanner).toBeUndefined()
    expect(dataMap(model, 'sweden').regions['us-east']!.placement).toBeUndefined()
  })

  it('refuses to open a Spanner map that names no instance, before any request', () => {
    const map = dataMapFile(fixtureModel('residency', 'spanner'), 'sweden')
    expect(() => openData({ map, role: 'support', purpose: 'test', auditKey: 'k' })).toThrow(
      /names no instance: set spec.spanner \(project, instance\) in platform.yaml/
    )
  })

  it('tells a region where each table lives and who reads which column, with secret names and never URLs', () => {
    const map = dataMap(model, 'us-east')
    expect(map).toMatchObject({
      service: 'profiles',
      region: 'us-east',
      jurisdiction: 'US',
      regions: {
        'us-east': { jurisdiction: 'US', secret: 'DB_URL_US_EAST' },
        sweden: { jurisdiction: 'EU', secret: 'DB_URL_SWEDEN' }
      }
    })
    expect(map.tables.customers).toMatchObject({
      locality: 'regional',
      home: 'sweden',
      jurisdictions: ['EU'],
      placement: ['sweden'],
      key: ['id'],
      retentionFunction: 'mr_retention_customers'
    })
    expect(map.tables.customers!.columns.email).toEqual({
      type: 'text',
      primaryKey: false,
      nullable: true,
      category: 'user.contact.email',
      personal: true,
      readers: ['support']
    })
    expect(map.tables.orders).toMatchObject({ locality: 'by-row', regionColumn: 'region' })
    // us-east is the price list's home: it holds no replica, and reads and writes it there.
    expect(map.tables.plans!.replicas).toBeUndefined()
    expect(map.tables.plans!.placement).toEqual(['us-east'])
    // Sweden's replica holds every column but the margin, which stays home; China's is not Sweden's business.
    expect(dataMap(model, 'sweden').tables.plans).toMatchObject({
      placement: ['us-east', 'sweden'],
      replicas: { sweden: ['code', 'name', 'price_cents'] }
    })
    expect(JSON.stringify(map)).not.toMatch(/postgres:\/\//)
  })

  it("names only the regions its data API reaches, so a region's map does not grow with the fleet", () => {
    // A regional and a global table over every region of a generated platform: one region's map
    // names itself and the tables' home, whether the service runs in 8 regions or 64.
    const mapOf = (regions: number) => {
      const names = Array.from({ length: regions }, (_, i) => regionName(i))
      const service = loadService(
        `apiVersion: multiregion.dev/v1
kind: Service
metadata: { name: checkout, team: t }
spec:
  image: ghcr.io/acme/checkout
  regions: [${names.join(', ')}]
  data:
    engine: postgres
    tables:
      customers:
        home: ${names[1]}
        columns:
          id: { type: uuid, primaryKey: true }
      currencies:
        home: ${names[0]}
        locality: global
        columns:
          code: { type: text, primaryKey: true }
          margin: { type: bigint, category: system.operations, readers: [billing] }
`,
        'multiregion.yaml'
      ).value!
      const platform = loadPlatform(largePlatform(regions), 'platform.yaml').value!
      return dataMap(dataModel(service, platform)!, names[5]!)
    }
    const small = mapOf(8)
    const large = mapOf(64)
    expect(Object.keys(large.regions)).toEqual([regionName(0), regionName(1), regionName(5)])
    expect(large.order).toEqual([regionName(5), regionName(1), regionName(0)])
    expect(large.tables.currencies!.replicas).toEqual({ [regionName(5)]: ['code'] })
    expect(JSON.stringify(large).length).toBe(JSON.stringify(small).length)
  })

  it('is written naming each region once, and read back as planned', () => {
    const spanner = {
      ...fixtureModel('residency', 'spanner'),
      spanner: { project: 'p', instance: 'i' }
    }
    for (const m of [model, spanner])
      for (const r of m.regions) {
        const file = dataMapFile(m, r.name)
        expect(file.mapVersion).toBe(2)
        // The fixture's secrets follow one template: no region needs its own.
        expect(file.secret).toBe('DB_URL_{REGION}')
        expect(file.secrets).toBeUndefined()
        const read = decodeDataMap(JSON.parse(JSON.stringify(file)))
        for (const [name, region] of Object.entries(read.regions)) {
          const planned = m.regions.find(x => x.name === name)!
          expect(region.jurisdiction).toBe(planned.jurisdiction)
          expect(region.secret).toBe(planned.secret)
        }
      }
  })

  it('keeps a secret that follows no template, and a region without one', () => {
    const odd = {
      ...model,
      regions: model.regions.map(r =>
        r.name === 'sweden'
          ? { ...r, secret: 'PG_STOCKHOLM' }
          : r.name === 'china'
            ? { ...r, secret: undefined }
            : r
      )
    }
    for (const r of odd.regions) {
      const read = dataMap(odd, r.name)
      expect(dataMapFile(odd, r.name).secret).toBeUndefined()
      if (read.regions.sweden) expect(read.regions.sweden.secret).toBe('PG_STOCKHOLM')
      if (read.regions.china) expect(read.regions.china.secret).toBeUndefined()
      if (read.regions['us-east']) expect(read.regions['us-east'].secret).toBe('DB_URL_US_EAST')
    }
    expect(Object.keys(dataMap(odd, 'china').regions)).toContain('china')
  })

  it('searches its own region first, then its jurisdiction, then the rest', () => {
    expect(dataMap(model, 'china').order).toEqual(['china', 'us-east', 'sweden'])
    expect(dataMap(model, 'sweden').order).toEqual(['sweden', 'us-east', 'china'])
  })
})

describe('the data subject lint', () => {
  const platform = fixturePlatform()
  const withSubject = (subject: string) =>
    loadService(
      `apiVersion: multiregion.dev/v1
kind: Service
metadata: { name: people, team: t }
spec:
  image: ghcr.io/acme/people
  regions: [us-east, sweden]
  data:
    engine: postgres
    tables:
      people:
        home: sweden
        residency: [EU]
        retention: 30d
        subject: ${subject}
        columns:
          id:         { type: uuid, primaryKey: true }
          email:      { type: text, category: user.contact.email, readers: [support], nullable: false }
          created_at: { type: timestamptz, nullable: false }
`,
      'multiregion.yaml'
    ).value!

  it('names an unknown subject column with a did-you-mean', () => {
    const findings = planData(withSubject('{ column: idd }'), platform, [])!.findings
    expect(findings.filter(f => f.rule === 'data-subject-column')).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 14,
        message: expect.stringContaining('Did you mean "id"?')
      })
    ])
  })

  it('refuses erase: nullify when a personal column cannot be NULL', () => {
    const findings = planData(withSubject('{ column: id, erase: nullify }'), platform, [])!.findings
    expect(findings.filter(f => f.rule === 'data-subject-column')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('email cannot be set to NULL') })
    ])
  })
})

describe('row types', () => {
  it("declares each table's row with node-postgres's value types", () => {
    const text = renderRowTypes(fixtureService('residency'))
    expect(text).toContain('export interface Customers {')
    expect(text).toContain('  id: string\n')
    expect(text).toContain('  created_at: Date\n')
    expect(text).toContain(
      '  email?: string | null // user.contact.email: only its readers (support) get it'
    )
    expect(text).toContain('  price_cents?: string | null\n')
    expect(text).toMatch(
      /export interface Tables \{\n {2}customers: Customers\n {2}plans: Plans\n {2}orders: Orders\n\}/
    )
  })
})

describe('openData without a database', () => {
  const map = dataMapFile(fixtureModel('residency'), 'us-east')

  it('refuses a map of another version, a bad role and an unknown table before connecting', () => {
    expect(() =>
      openData({ map: { ...map, mapVersion: 1 as 2 }, role: 'support', purpose: 'x' })
    ).toThrow(/version 1, and this library reads version 2: upgrade multiregion/)
    // A map of version 1 as planned before: every region a record, no jurisdictions list.
    const old = {
      ...map,
      jurisdictions: undefined,
      mapVersion: 1,
      regions: { 'us-east': { jurisdiction: 'US', secret: 'DB_URL_US_EAST' } }
    }
    expect(() => openData({ map: JSON.stringify(old), role: 'support', purpose: 'x' })).toThrow(
      /version 1, and this library reads version 2/
    )
    expect(() => openData({ map, role: 'support; DROP', purpose: 'x' })).toThrow(
      /not a database role name/
    )
    expect(() => openData({ map: '{', role: 'support', purpose: 'x' })).toThrow(/not JSON/)
    const db = openData({ map, role: 'support', purpose: 'x', env: {}, auditKey: 'k' })
    expect(() => db.table('custmers')).toThrow(DataError)
  })

  it('names the region and the variable when a URL is missing', async () => {
    // From sweden: a read of the EU's customers from us-east is a transfer the fixture does not declare.
    const db = openData({
      map,
      region: 'sweden',
      role: 'support',
      purpose: 'x',
      env: {},
      auditKey: 'k'
    })
    await expect(db.table('customers').get('4f1c1d1e-0000-4000-8000-000000000001')).rejects.toThrow(
      "sweden's database URL is not set: the environment variable DB_URL_SWEDEN is empty."
    )
  })

  it('refuses an unknown column in a write before connecting', async () => {
    const db = openData({ map, role: 'support', purpose: 'x', env: {}, auditKey: 'k' })
    await expect(db.table('customers').insert({ id: 'a', emial: 'x' })).rejects.toMatchObject({
      code: 'unknown-column'
    })
    await expect(
      db.table('orders').update({ id: 'a', region: 'china' }, { region: 'sweden' })
    ).rejects.toMatchObject({
      code: 'residency'
    })
  })
})
