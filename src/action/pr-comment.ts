import { readFile } from 'node:fs/promises'
import { createClient } from '../github/client.js'
import { EnvRepo } from '../github/env-repo.js'

/** GitHub refuses comments over 65,536 characters; leave room for the marker and the note. */
const MAX_COMMENT = 60_000

/** Cuts a long Markdown body at a section heading, so no code block is left open. */
export function fitComment(body: string): string {
  if (body.length <= MAX_COMMENT) return body
  const cut = body.lastIndexOf('\n### ', MAX_COMMENT)
  const kept = body.slice(0, cut > 0 ? cut : MAX_COMMENT)
  return `${kept}\n\n_The plan is longer than a comment allows; the job summary of this run has all of it._\n`
}

/** The pull request a workflow runs for, from the event payload; undefined for other events. */
async function pullRequestNumber(eventPath: string | undefined): Promise<number | undefined> {
  if (!eventPath) return undefined
  const event = JSON.parse(await readFile(eventPath, 'utf8')) as {
    pull_request?: { number?: number }
  }
  return event.pull_request?.number
}

/**
 * Posts the plan on the pull request the workflow runs for, or updates the
 * comment it posted before (found by a hidden marker), so a PR carries one
 * plan that always matches its head.
 */
export async function commentOnPullRequest(input: {
  token: string
  repository: string | undefined
  eventPath: string | undefined
  apiUrl: string | undefined
  marker: string
  body: string
}): Promise<{ number: number; id: number } | undefined> {
  const number = await pullRequestNumber(input.eventPath)
  if (number === undefined || !input.repository) return undefined
  const [owner, repo] = input.repository.split('/') as [string, string]
  const client = createClient({
    token: input.token,
    ...(input.apiUrl ? { baseUrl: input.apiUrl } : {})
  })
  const { id } = await new EnvRepo(client, owner, repo).upsertComment(
    number,
    input.marker,
    fitComment(input.body)
  )
  return { number, id }
}
