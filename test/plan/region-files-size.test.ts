import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { createClient } from '../../src/client/index.js'
import { openData } from '../../src/data-api/index.js'
import type { Plan } from '../../src/schema/generated.js'
import { regionFleetPlan } from '../support/region-fleet.js'

/*
 * What one region's generated files cost as the service spreads: the
 * generated service (test/support/region-fleet.ts) routes through one
 * record set and keeps a by-row table in every region, so its clients may
 * fail over to, and its data API search, every region. Each other region
 * must then appear in a region's files once, as its name, and not as a
 * record repeating its endpoint, jurisdiction and secret; a region's file
 * that grew by a record a region made the plan's output grow as N^2
 * (318 MB at 1,000 regions).
 */

const REGION = 'r005'
/** Bytes a region's file may grow by for each region added: its name ("r123", 6 bytes) twice with separators. */
const PER_REGION = 2 * ('"r123", '.length + 2)

function file(plan: Plan, name: string): string {
  const region = plan.regions.find(r => r.name === REGION)!
  return region.edits.find(e => e.path.endsWith(`/${name}`))!.content
}

const mounted = (content: string, key: string) =>
  (parse(content) as { data: Record<string, string> }).data[key]!

describe("one region's generated files as the service grows from 10 to 100 regions", () => {
  const small = regionFleetPlan(10)
  const large = regionFleetPlan(100)

  it('the route table grows by at most a short name a region, and the client reads it', () => {
    const growth =
      (file(large, 'route-table.yaml').length - file(small, 'route-table.yaml').length) / 90
    expect(growth).toBeLessThanOrEqual(PER_REGION)
    const table = JSON.parse(mounted(file(large, 'route-table.yaml'), 'route-table.json'))
    const client = createClient(table, { region: REGION })
    expect(client.order).toEqual(large.routes!.order[REGION])
    void client.close()
  })

  it('the data map grows by at most a short name a region, and the data API opens it', async () => {
    const growth = (file(large, 'data-map.yaml').length - file(small, 'data-map.yaml').length) / 90
    expect(growth).toBeLessThanOrEqual(PER_REGION)
    const data = openData({
      map: mounted(file(large, 'data-map.yaml'), 'data-map.json'),
      role: 'support',
      purpose: 'size test',
      env: {},
      auditKey: 'k'
    })
    // The map knows the last region and the variable holding its database URL.
    await expect(
      data.transaction('r099', tx => tx.table('orders').get('00000000-0000-4000-8000-000000000001'))
    ).rejects.toThrow(
      "r099's database URL is not set: the environment variable DB_URL_R099 is empty."
    )
    await data.close()
  })
})
