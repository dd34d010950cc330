import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { GitHubClient } from '../../src/github/client.js'
import type { EnvRepo } from '../../src/github/env-repo.js'
import { connect } from '../simulators/github/connect.js'
import { GitHubSimulator } from '../simulators/github/simulator.js'

/**
 * The simulator's contract check must be able to fail, or the other suites'
 * "no violations" prove nothing. Each case sends what GitHub's OpenAPI
 * description does not allow, or answers with what it does not document,
 * and expects exactly that violation.
 */

const REPO = 'acme/environments'
const owner = 'acme'
const repo = 'environments'

let sim: GitHubSimulator
let env: EnvRepo
let client: GitHubClient

beforeEach(async () => {
  sim = await GitHubSimulator.start()
  sim.seedRepo(REPO, { files: { 'platform.yaml': 'kind: Platform\n' } })
  ;({ env, client } = connect(sim))
})

afterEach(async () => {
  await sim.stop()
})

/** Octokit's types already refuse these at compile time; a request built from untyped data would not be. */
function untyped(route: string, params: Record<string, unknown>): Promise<unknown> {
  return (
    client.octokit.request as (route: string, params: Record<string, unknown>) => Promise<unknown>
  )(route, params)
}

/** Takes the violations, so a case sees only its own. */
function violations(): string[] {
  return sim.violations.splice(0)
}

describe('the contract check on requests', () => {
  it('refuses a body of the wrong shape, as GitHub would, and records it', async () => {
    await expect(
      untyped('POST /repos/{owner}/{repo}/git/trees', { owner, repo, tree: 'not a list' })
    ).rejects.toMatchObject({ status: 422 })
    expect(violations()).toEqual([
      'POST /repos/{owner}/{repo}/git/trees (git/create-tree): request body: /tree must be array'
    ])
  })

  it('catches a missing required field and a value outside an enum', async () => {
    const tree = sim.repo(REPO).commit(sim.repo(REPO).resolve('main')!).tree
    await expect(
      untyped('POST /repos/{owner}/{repo}/git/commits', { owner, repo, tree })
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      untyped('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
        owner,
        repo,
        pull_number: 1,
        merge_method: 'fast-forward'
      })
    ).rejects.toMatchObject({ status: 422 })
    const found = violations()
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(
      /git\/create-commit\): request body: .*must have required property 'message'/
    )
    expect(found[1]).toMatch(
      /pulls\/merge\): request body: \/merge_method must be equal to one of the allowed values/
    )
  })

  it('catches a misspelt body field that the schema alone would let through', async () => {
    const sha = sim.repo(REPO).resolve('main')!
    await untyped('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      owner,
      repo,
      ref: 'heads/main',
      sha,
      forse: false
    }).catch(() => {})
    expect(violations()).toEqual([
      'PATCH /repos/{owner}/{repo}/git/refs/{ref} (git/update-ref): request body: undocumented field forse'
    ])
  })

  it('catches an undocumented or invalid query parameter', async () => {
    await client.octokit
      .request('GET /repos/{owner}/{repo}/pulls', { owner, repo, stat: 'open' })
      .catch(() => {})
    await untyped('GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'merged' }).catch(
      () => {}
    )
    const found = violations()
    expect(found[0]).toMatch(/undocumented query parameter stat/)
    expect(found[1]).toMatch(
      /query parameter state=merged: .*must be equal to one of the allowed values/
    )
  })

  it('catches a path GitHub does not document', async () => {
    await expect(
      client.octokit.request('GET /repos/{owner}/{repo}/promotions', { owner, repo })
    ).rejects.toMatchObject({ status: 404 })
    expect(violations()).toEqual([
      'GET /repos/acme/environments/promotions: GitHub documents no such operation'
    ])
  })
})

describe('the contract check on responses', () => {
  it('catches a response body GitHub would not send', async () => {
    sim.tamperNextResponse(body => ({ ...(body as object), default_branch: 42 }))
    await env.defaultBranch()
    expect(violations()).toEqual([
      'GET /repos/{owner}/{repo} (repos/get) 200: response body: /default_branch must be string'
    ])
  })

  it('catches a missing required field in a nested object', async () => {
    sim.tamperNextResponse(body => {
      const pulls = body as { head: Record<string, unknown> }[]
      return pulls.map(p => ({ ...p, head: { ...p.head, sha: undefined } }))
    })
    sim.push(REPO, 'b', { x: 'x' })
    sim.openPull(REPO, 'b')
    await env.findPulls({ state: 'open' })
    expect(violations()).toEqual([
      "GET /repos/{owner}/{repo}/pulls (pulls/list) 200: response body: /0/head must have required property 'sha'"
    ])
  })
})

describe("GraphQL against GitHub's published schema", () => {
  it('refuses a field and a mutation input GitHub does not have', async () => {
    await client.octokit
      .graphql(
        'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { headSha } }',
        {
          owner,
          name: repo
        }
      )
      .catch(() => {})
    await client.octokit
      .graphql(
        'mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, headSha: "abc" }) { clientMutationId } }',
        { id: 'PR_1' }
      )
      .catch(() => {})
    expect(violations()).toEqual([
      'POST /graphql: Cannot query field "headSha" on type "Repository".',
      'POST /graphql: Field "headSha" is not defined by type "EnablePullRequestAutoMergeInput".'
    ])
  })

  it('catches a field the simulator does not model and an undeclared variable', async () => {
    await client.octokit
      .graphql(
        'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { stargazerCount } }',
        { owner, name: repo }
      )
      .catch(() => {})
    await client.octokit
      .graphql('query($owner: String!) { repository(owner: $owner, name: $repo) { id } }', {
        owner
      })
      .catch(() => {})
    expect(violations()).toEqual([
      'POST /graphql: field stargazerCount is not supported on Repository',
      'POST /graphql: Variable "$repo" is not defined.'
    ])
  })

  it('catches a variable of the wrong type', async () => {
    await client.octokit
      .graphql(
        'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { id } }',
        {
          owner,
          name: 42
        }
      )
      .catch(() => {})
    expect(violations()).toEqual(['POST /graphql: variable $name (String!) was given 42'])
  })

  it('catches a selection set on a scalar and a query that does not parse', async () => {
    await client.octokit.graphql('query { viewer { login { name } } }').catch(() => {})
    await client.octokit.graphql('query { viewer { login }').catch(() => {})
    expect(violations()).toEqual([
      'POST /graphql: Field "login" must not have a selection since type "String!" has no subfields.',
      'POST /graphql: syntax: Syntax Error: Expected Name, found <EOF>.'
    ])
  })
})
