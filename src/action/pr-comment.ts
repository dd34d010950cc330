import { readFile } from 'node:fs/promises'
import { createClient } from '../github/client.js'
import { EnvRepo } from '../github/env-repo.js'

/** The pull request a workflow runs for, from the event payload; undefined for other events. */
async function pullRequestNumber(eventPath: string | undefined): Promise<number | undefined> {
  if (!eventPath) return undefined
  const event = JSON.parse(await readFile(eventPath, 'utf8')) as {
    pull_request?: { number?: number }
  }
  return event.pull_request?.number
}

/** The login GITHUB_TOKEN acts as; it is the one token that cannot name itself (GET /user and GraphQL viewer refuse it). */
const GITHUB_TOKEN_LOGIN = 'github-actions[bot]'

export type CommentOutcome =
  | { kind: 'posted'; number: number; id: number }
  | { kind: 'not-a-pull-request' }
  /** GitHub refused the write (403): a pull request from a fork gets a read-only token. */
  | { kind: 'refused'; number: number; message: string }

/**
 * Posts the plan on the pull request the workflow runs for, or updates the
 * comment it posted before (found by a hidden marker among the toolkit's own
 * comments, so a marker pasted by someone else is ignored), so a PR carries
 * one plan that always matches its head. A 403 is an outcome, not a failure:
 * the plan is in the job summary either way.
 */
export async function commentOnPullRequest(input: {
  token: string
  repository: string | undefined
  eventPath: string | undefined
  apiUrl: string | undefined
  botLogin?: string
  marker: string
  /** Already within GitHub's limit (renderPlanMarkdown with COMMENT_LIMIT): nothing is cut here. */
  body: string
}): Promise<CommentOutcome> {
  const number = await pullRequestNumber(input.eventPath)
  if (number === undefined || !input.repository) return { kind: 'not-a-pull-request' }
  const [owner, repo] = input.repository.split('/') as [string, string]
  const client = createClient({
    token: input.token,
    ...(input.apiUrl ? { baseUrl: input.apiUrl } : {})
  })
  const github = new EnvRepo(
    client,
    owner,
    repo,
    input.botLogin ? { botLogin: input.botLogin } : {}
  )
  try {
    const author = (await github.viewerLogin()) ?? GITHUB_TOKEN_LOGIN
    const { id } = await github.upsertComment(number, input.marker, input.body, author)
    return { kind: 'posted', number, id }
  } catch (error) {
    if ((error as { status?: number }).status !== 403) throw error
    return { kind: 'refused', number, message: (error as Error).message }
  }
}
