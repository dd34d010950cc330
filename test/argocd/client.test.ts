import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  ArgoCDError,
  createArgoCDClient,
  type ArgoCDClientOptions
} from '../../src/argocd/client.js'
import { ArgoCDSimulator } from '../simulators/argocd/server.js'
import { MERGED } from '../support/argocd-fixtures.js'

const NEXT = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

describe('the Argo CD client', () => {
  let sim: ArgoCDSimulator
  const client = (options: Partial<ArgoCDClientOptions> = {}) =>
    createArgoCDClient({ server: sim.url, token: sim.token, region: 'us-east', ...options })

  /** The error a call fails with; the test fails if it succeeds. */
  async function failure(call: Promise<unknown>): Promise<ArgoCDError> {
    const error = await call.then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ArgoCDError)
    return error as ArgoCDError
  }

  beforeEach(async () => {
    sim = await ArgoCDSimulator.start()
    sim.addApp('checkout-us-east', MERGED)
  })

  afterEach(async () => {
    await sim.stop()
    expect(sim.violations).toEqual([])
  })

  it('reads an application with the bearer token', async () => {
    const app = await client().getApplication('checkout-us-east')
    expect(app.status?.sync?.revision).toBe(MERGED)
    expect(sim.requests).toEqual([
      { method: 'GET', path: '/api/v1/applications/checkout-us-east', status: 200 }
    ])
  })

  it('hands the token to onSecret before any request, so the action can mask it', async () => {
    const secrets: string[] = []
    const c = client({ onSecret: s => secrets.push(s) })
    expect(secrets).toEqual([sim.token])
    await c.getApplication('checkout-us-east')
    expect(secrets).toEqual([sim.token])
  })

  it('passes the project so that a missing app is a 404 naming the platform template', async () => {
    const error = await failure(
      client({ project: 'default', appTemplate: '{service}-{region}' }).getApplication(
        'checkout-useast'
      )
    )
    expect(error.kind).toBe('not-found')
    expect(error.status).toBe(404)
    expect(error.message).toBe(
      `get application checkout-useast: Argo CD at ${sim.url} has no application "checkout-useast" in project "default". The name comes from platform.yaml spec.regions.us-east.argocd.app ("{service}-{region}"): make it match the Application's name in Argo CD.`
    )
    expect(sim.requests[0]!.path).toBe('/api/v1/applications/checkout-useast?projects=default')
  })

  it('explains a 403 without a project: missing permission, or an app that does not exist', async () => {
    const error = await failure(client().getApplication('checkout-useast'))
    expect(error.kind).toBe('forbidden')
    expect(error.message).toContain('Grant its account or project role `applications, get`')
    expect(error.message).toContain('Argo CD also answers 403 when the app does not exist')
  })

  it('says the token was rejected on 401, and never shows the token', async () => {
    const error = await failure(
      client({ token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvbGQifQ.expired' }).getApplication(
        'checkout-us-east'
      )
    )
    expect(error.kind).toBe('unauthorized')
    expect(error.transient).toBe(false)
    expect(error.message).toContain('rejected the token (401: invalid session')
    expect(error.message).toContain('region us-east')
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain('expired')
  })

  it('reports a server error as transient with the server message', async () => {
    sim.faults.getStatus = 503
    const error = await failure(client().getApplication('checkout-us-east'))
    expect(error.kind).toBe('server')
    expect(error.transient).toBe(true)
    expect(error.message).toBe(
      `get application checkout-us-east: Argo CD at ${sim.url} failed with 503: the simulator is failing.`
    )
  })

  it('times out a slow answer', async () => {
    sim.faults.latencyMs = 300
    const error = await failure(client({ timeoutMs: 50 }).getApplication('checkout-us-east'))
    expect(error.kind).toBe('timeout')
    expect(error.message).toContain('did not answer within 0.05 s')
  })

  it('reports a server that is not there as unreachable', async () => {
    const error = await failure(
      createArgoCDClient({
        server: await ArgoCDSimulator.unreachableURL(),
        token: sim.token
      }).getApplication('checkout-us-east')
    )
    expect(error.kind).toBe('unreachable')
    expect(error.message).toContain('ECONNREFUSED')
  })

  it('starts a sync of a revision; a second one while it runs is refused', async () => {
    sim.merge('checkout-us-east', NEXT)
    const app = await client({ project: 'default' }).sync('checkout-us-east', NEXT)
    expect(app.operation?.sync?.revision).toBe(NEXT)
    expect(app.status?.operationState).toBeUndefined()
    expect(sim.app('checkout-us-east').operation?.initiatedBy).toEqual({ username: 'ci' })
    const error = await failure(client().sync('checkout-us-east', NEXT))
    expect(error.kind).toBe('rejected')
    expect(error.message).toContain('another operation is already in progress')
  })

  it('refreshes through the blocking GET ?refresh=', async () => {
    await client().refresh('checkout-us-east', { hard: true })
    expect(sim.requests[0]!.path).toBe('/api/v1/applications/checkout-us-east?refresh=hard')
  })

  it('refuses a server that is not an http(s) URL, naming the platform field', () => {
    expect(() => client({ server: 'argocd.example.com' })).toThrow(
      'Argo CD server for region us-east is "argocd.example.com"; expected an http(s) URL such as https://argocd.example.com (platform.yaml argocd.server).'
    )
  })
})
