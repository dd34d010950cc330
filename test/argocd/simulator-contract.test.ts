import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createArgoCDClient } from '../../src/argocd/client.js'
import { ArgoCDContract } from '../simulators/argocd/contract.js'
import { ArgoCDSimulator } from '../simulators/argocd/server.js'
import { fixtureApp, MERGED } from '../support/argocd-fixtures.js'

const contract = new ArgoCDContract()
const get = contract.match('GET', '/api/v1/applications/checkout-us-east')!.operation

describe('the Argo CD contract checker', () => {
  it('finds operations by method and path template, literal segments first', () => {
    expect(
      contract.match('GET', '/api/v1/applications/checkout-us-east')?.operation.operationId
    ).toBe('ApplicationService_Get')
    expect(contract.match('GET', '/api/v1/stream/applications')?.operation.operationId).toBe(
      'ApplicationService_Watch'
    )
    expect(contract.match('POST', '/api/v1/applications/checkout-us-east/sync')?.params).toEqual({
      name: 'checkout-us-east'
    })
    expect(contract.match('GET', '/api/v1/nothing')).toBeUndefined()
  })

  it.each(['application-done', 'application-multi-source'])(
    'accepts the wire-format fixture %s as a GET response',
    name => {
      expect(contract.checkResponse(get, 200, fixtureApp(name))).toEqual([])
    }
  )

  it('catches a deliberately malformed response: wrong types and a misspelt field', () => {
    const app = fixtureApp('application-done') as Record<string, unknown> & {
      status: Record<string, unknown>
    }
    app.status.reconciledAt = 1787392872
    app.status.history = [{ id: '42', revision: MERGED }]
    app.status.healthStatus = 'Healthy'
    expect(contract.checkResponse(get, 200, app).sort()).toEqual([
      'ApplicationService_Get 200 response: /status must NOT have additional properties (healthStatus)',
      'ApplicationService_Get 200 response: /status/history/0/id must be integer',
      'ApplicationService_Get 200 response: /status/reconciledAt must be string'
    ])
  })

  it('catches requests off the spec: unknown route, unknown or mistyped query, bad body', () => {
    const url = (path: string) => new URL(path, 'http://127.0.0.1')
    expect(contract.checkRequest('GET', url('/api/v1/apps/x'), undefined)).toEqual([
      'GET /api/v1/apps/x is not an operation in the Argo CD spec'
    ])
    expect(
      contract.checkRequest('GET', url('/api/v1/applications/x?refreshNow=true'), undefined)
    ).toEqual(['ApplicationService_Get: unknown query parameter "refreshNow"'])
    expect(
      contract.checkRequest('DELETE', url('/api/v1/applications/x?cascade=yes'), undefined)
    ).toEqual(['ApplicationService_Delete: query "cascade=yes" is not a boolean'])
    expect(
      contract.checkRequest('POST', url('/api/v1/applications/x/sync'), { revison: MERGED })
    ).toEqual([
      'ApplicationService_Sync request body: / must NOT have additional properties (revison)'
    ])
  })
})

describe('the Argo CD simulator', () => {
  let sim: ArgoCDSimulator

  beforeEach(async () => {
    sim = await ArgoCDSimulator.start(contract)
    sim.addApp('checkout-us-east', MERGED)
  })

  afterEach(async () => {
    await sim.stop()
  })

  it('lists applications, filtered by name, in the shape the spec gives', async () => {
    sim.addApp('checkout-sweden', MERGED)
    const response = await fetch(`${sim.url}/api/v1/applications?name=checkout-sweden`, {
      headers: { Authorization: `Bearer ${sim.token}` }
    })
    const list = (await response.json()) as { items: { metadata: { name: string } }[] }
    expect(list.items.map(app => app.metadata.name)).toEqual(['checkout-sweden'])
    expect(sim.violations).toEqual([])
  })

  it('answers a request off the spec with 400 and records it', async () => {
    const response = await fetch(`${sim.url}/api/v1/applications/checkout-us-east?refreshNow=1`, {
      headers: { Authorization: `Bearer ${sim.token}` }
    })
    expect(response.status).toBe(400)
    expect(sim.violations).toEqual([
      {
        request: 'GET /api/v1/applications/checkout-us-east?refreshNow=1',
        problem: 'ApplicationService_Get: unknown query parameter "refreshNow"'
      }
    ])
  })

  it('records a violation when it serves a malformed application', async () => {
    sim.patch('checkout-us-east', app => {
      ;(app.status as Record<string, unknown>).reconciledAt = 1787392872
    })
    const client = createArgoCDClient({ server: sim.url, token: sim.token })
    await client.getApplication('checkout-us-east')
    expect(sim.violations).toEqual([
      {
        request: 'GET /api/v1/applications/checkout-us-east',
        problem: 'ApplicationService_Get 200 response: /status/reconciledAt must be string'
      }
    ])
  })

  it('checks every streamed event against the stream response definition', async () => {
    const client = createArgoCDClient({ server: sim.url, token: sim.token })
    const body = await client.openApplicationStream('checkout-us-east')
    sim.patch('checkout-us-east', app => {
      ;(app.status!.health as Record<string, unknown>).status = 3
    })
    await body.cancel()
    expect(sim.violations.map(v => v.problem)).toEqual([
      'ApplicationService_Watch 200 response: /result/application/status/health/status must be string'
    ])
  })
})
