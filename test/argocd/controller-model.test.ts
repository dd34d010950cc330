import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createArgoCDClient, type ArgoCDClient } from '../../src/argocd/client.js'
import type { Application } from '../../src/argocd/health.js'
import type { ArgoCDController, ModelledApp } from '../simulators/argocd/controller.js'
import { ArgoCDSimulator } from '../simulators/argocd/server.js'
import { GitHubSimulator, type SimRepo } from '../simulators/github/simulator.js'

const REPO = 'acme/environments'
const APP = 'checkout-us-east'
const PATH = 'regions/us-east/checkout'

/**
 * The Argo CD simulator's controller model over the GitHub simulator's
 * repository, read through the real client as the train reads it.
 */
describe("the Argo CD simulator's controller model", () => {
  let github: GitHubSimulator
  let repo: SimRepo
  let argocd: ArgoCDSimulator
  let controller: ArgoCDController
  let client: ArgoCDClient

  async function start(options: Partial<ModelledApp> & { resyncMs?: number } = {}) {
    controller = argocd.connectGit(
      {
        url: `https://github.com/${REPO}.git`,
        resolve: r => repo.resolve(r),
        files: sha => repo.files(sha),
        push: (branch, files) => github.push(REPO, branch, files, 'argocd-hydrator')
      },
      { resyncMs: options.resyncMs ?? 3_600_000, stepMs: 5 }
    )
    const model: ModelledApp & { resyncMs?: number } = { path: PATH, ...options }
    delete model.resyncMs
    argocd.addManagedApp(APP, repo.resolve('main')!, model)
  }

  /** Resolves with the app once `done` holds, reading it as a poller would. */
  async function until(done: (app: Application) => boolean, ms = 5_000): Promise<Application> {
    for (let waited = 0; ; waited += 10) {
      const app = await client.getApplication(APP)
      if (done(app)) return app
      if (waited > ms) throw new Error(`not reached: ${JSON.stringify(app.status?.sync)}`)
      await new Promise(resolve => setTimeout(resolve, 10))
    }
  }

  const push = (files: Record<string, string>) => github.push(REPO, 'main', files, 'someone')

  beforeEach(async () => {
    github = await GitHubSimulator.start()
    repo = github.seedRepo(REPO, {
      files: {
        [`${PATH}/kustomization.yaml`]: 'images:\n  - name: checkout\n    newTag: v1.4.2\n',
        'regions/us-east/payments/kustomization.yaml': 'resources: []\n'
      }
    })
    argocd = await ArgoCDSimulator.start()
    client = createArgoCDClient({ server: argocd.url, token: argocd.token })
  })

  afterEach(async () => {
    await Promise.all([argocd.stop(), github.stop()])
    expect(argocd.violations).toEqual([])
  })

  it('sees a new commit only at its resync period, then auto-syncs the HEAD it resolved', async () => {
    await start({ resyncMs: 1_000 })
    const first = push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.5.0\n' })
    const second = push({ 'regions/us-east/payments/kustomization.yaml': 'resources: [x]\n' })
    // Right after the pushes nothing has changed: the controller has not polled git yet.
    expect((await client.getApplication(APP)).status?.sync?.revision).toBe(
      repo.commit(first).parents[0]
    )
    // Synced, re-compared after the sync and settled Healthy.
    const app = await until(
      a =>
        a.status?.history?.length === 2 &&
        (a.status.reconciledAt ?? '') >= (a.status.operationState?.finishedAt ?? '~') &&
        a.status.health?.status === 'Healthy'
    )
    // The sync ran the HEAD it resolved, never the first commit on its own.
    expect(app.status?.operationState?.syncResult?.revision).toBe(second)
    expect(app.status?.operationState?.operation?.initiatedBy).toEqual({ automated: true })
    expect(app.status?.sync?.revision).toBe(second)
    expect(app.status?.health?.status).toBe('Healthy')
  })

  it('answers GET ?refresh=normal only after re-comparing with the latest commit', async () => {
    await start()
    const head = push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.5.0\n' })
    const refreshed = await client.refresh(APP)
    expect(refreshed.status?.sync).toMatchObject({ status: 'OutOfSync', revision: head })
    // Auto-sync started in the same reconcile, to that revision.
    expect(refreshed.operation?.sync?.revision).toBe(head)
    expect(refreshed.metadata?.annotations?.['argocd.argoproj.io/refresh']).toBeUndefined()
    expect((await client.refresh(APP, { hard: true })).status?.sync?.revision).toBe(head)
  })

  it('leaves a commit that changes nothing for the app Synced at the new HEAD, with no operation', async () => {
    await start()
    const before = (await client.getApplication(APP)).status?.operationState
    const head = push({ 'regions/us-east/payments/kustomization.yaml': 'resources: [x]\n' })
    const app = await client.refresh(APP)
    expect(app.status?.sync).toMatchObject({ status: 'Synced', revision: head })
    expect(app.operation).toBeUndefined()
    expect(app.status?.operationState).toEqual(before)
  })

  it('never syncs an app without automated sync by itself; a sync request does, to the commit asked for', async () => {
    await start({ automated: false })
    const first = push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.5.0\n' })
    push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.6.0\n' })
    const compared = await client.refresh(APP)
    expect(compared.status?.sync?.status).toBe('OutOfSync')
    expect(compared.operation).toBeUndefined()
    const requested = await client.sync(APP, first)
    expect(requested.operation?.sync?.revision).toBe(first)
    const app = await until(a => a.status?.operationState?.phase === 'Succeeded' && !a.operation)
    expect(app.status?.operationState?.syncResult?.revision).toBe(first)
    // The comparison after the sync is against the branch HEAD, which still differs.
    const after = await until(
      a => (a.status?.reconciledAt ?? '') >= (app.status?.operationState?.finishedAt ?? '~')
    )
    expect(after.status?.sync?.status).toBe('OutOfSync')
  })

  it('resolves a branch name in a sync request to its commit, and refuses one that resolves to nothing', async () => {
    await start({ automated: false })
    const head = push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.5.0\n' })
    expect((await client.sync(APP, 'main')).operation?.sync?.revision).toBe(head)
    await until(a => !a.operation)
    await expect(client.sync(APP, 'no-such-branch')).rejects.toThrow(/unable to resolve/)
  })

  it('retries a failing auto-sync, ends Failed, and does not try that revision again', async () => {
    await start()
    controller.outcome = () => 'failed'
    const head = push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.5.0\n' })
    await client.refresh(APP)
    const retrying = await until(a => (a.status?.operationState?.retryCount ?? 0) > 0)
    expect(retrying.status?.operationState?.phase).toBe('Running')
    expect(retrying.status?.operationState?.finishedAt).toBeDefined()
    const failed = await until(a => a.status?.operationState?.phase === 'Failed')
    expect(failed.status?.operationState?.retryCount).toBe(5)
    controller.outcome = () => undefined
    const again = await client.refresh(APP)
    expect(again.operation).toBeUndefined()
    expect(again.status?.conditions?.[0]).toMatchObject({
      type: 'SyncError',
      message: expect.stringContaining(head)
    })
  })

  it("copies the app's spec.syncPolicy.retry into auto-sync; a manual sync of an app without one is not retried", async () => {
    await start({ retry: 1 })
    controller.outcome = () => 'failed'
    push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.5.0\n' })
    await client.refresh(APP)
    const failed = await until(a => a.status?.operationState?.phase === 'Failed')
    expect(failed.status?.operationState?.operation?.retry).toEqual({ limit: 1 })
    expect(failed.status?.operationState?.retryCount).toBe(1)
    await argocd.stop()
    argocd = await ArgoCDSimulator.start()
    client = createArgoCDClient({ server: argocd.url, token: argocd.token })
    await start({ automated: false })
    controller.outcome = () => 'failed'
    const head = push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.6.0\n' })
    expect((await client.sync(APP, head)).operation?.retry).toBeUndefined()
    const once = await until(a => a.status?.operationState?.phase === 'Failed')
    expect(once.status?.operationState?.retryCount).toBeUndefined()
  })

  it('reports a path that does not exist as a ComparisonError with sync status Unknown, and syncs nothing', async () => {
    await start({ path: 'regions/us-east/checkout-old' })
    push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.5.0\n' })
    const app = await client.refresh(APP)
    expect(app.status?.sync?.status).toBe('Unknown')
    expect(app.status?.conditions).toContainEqual(
      expect.objectContaining({
        type: 'ComparisonError',
        message: expect.stringContaining('app path does not exist')
      })
    )
    expect(app.operation).toBeUndefined()
  })

  it('reports a repoURL Argo CD does not know as a ComparisonError', async () => {
    await start({ repoURL: 'https://github.com/acme/environments-legacy.git' })
    const app = await client.refresh(APP)
    expect(app.status?.sync?.status).toBe('Unknown')
    expect(app.status?.conditions?.at(-1)?.message).toMatch(/repository not found/)
  })

  it('holds auto-sync and refuses a manual sync in an active deny window, and says canSync false', async () => {
    await start()
    controller.setWindows(APP, [{ kind: 'deny', active: true }])
    const head = push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.5.0\n' })
    const app = await client.refresh(APP)
    expect(app.status?.sync).toMatchObject({ status: 'OutOfSync', revision: head })
    expect(app.operation).toBeUndefined()
    expect(await client.syncWindows(APP)).toMatchObject({
      canSync: false,
      activeWindows: [expect.objectContaining({ kind: 'deny' })]
    })
    await expect(client.sync(APP, head)).rejects.toThrow(/blocked by sync window/)
    // A deny window that allows manual syncs lets a sync request through, not auto-sync.
    controller.setWindows(APP, [{ kind: 'deny', active: true, manualSync: true }])
    expect((await client.syncWindows(APP)).canSync).toBe(true)
    controller.setWindows(APP, [])
    const synced = await until(a => a.status?.operationState?.syncResult?.revision === head)
    expect(synced.status?.operationState?.operation?.initiatedBy).toEqual({ automated: true })
  })

  it('hydrates the dry source onto its hydrated branch and syncs that, recording both commits', async () => {
    await start({
      hydrator: {
        drySource: { path: PATH },
        syncSource: { path: 'us-east/checkout', targetBranch: 'environments/us-east' }
      }
    })
    const dry = push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.5.0\n' })
    await client.refresh(APP)
    const app = await until(a => a.status?.operationState?.phase === 'Succeeded' && !a.operation)
    const hydrated = repo.resolve('environments/us-east')
    expect(app.status?.sourceHydrator?.lastSuccessfulOperation).toMatchObject({
      drySHA: dry,
      hydratedSHA: hydrated
    })
    expect(app.status?.operationState?.syncResult?.revision).toBe(hydrated)
    expect(repo.files('environments/us-east').get('us-east/checkout/kustomization.yaml')).toBe(
      'newTag: v1.5.0\n'
    )
  })

  it.each([
    [true, 'syncs the same revision again'],
    [false, 'leaves it OutOfSync']
  ])('with selfHeal %s, a hand edit in the cluster after a successful sync %s', async selfHeal => {
    await start({ selfHeal })
    const head = push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.5.0\n' })
    await client.refresh(APP)
    const synced = await until(
      a => a.status?.sync?.status === 'Synced' && a.status.sync.revision === head && !a.operation
    )
    const runs = synced.status?.history?.length ?? 0
    controller.drift(APP)
    if (selfHeal) {
      const healed = await until(
        a => (a.status?.history?.length ?? 0) > runs && a.status?.sync?.status === 'Synced'
      )
      expect(healed.status?.history?.at(-1)?.revision).toBe(head)
    } else {
      const left = await until(a => a.status?.sync?.status === 'OutOfSync')
      await new Promise(resolve => setTimeout(resolve, 100))
      const later = await client.getApplication(APP)
      expect(later.status?.history?.length).toBe(runs)
      expect(later.status?.sync).toMatchObject({ status: 'OutOfSync', revision: head })
      expect(left.spec?.syncPolicy?.automated?.selfHeal).toBeUndefined()
    }
  })

  it('reports Suspended health after a sync whose rollout pauses', async () => {
    await start()
    controller.outcome = () => 'suspended'
    push({ [`${PATH}/kustomization.yaml`]: 'newTag: v1.5.0\n' })
    await client.refresh(APP)
    const app = await until(a => a.status?.health?.status === 'Suspended')
    expect(app.status?.sync?.status).toBe('Synced')
  })
})
