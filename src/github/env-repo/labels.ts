import { status, where } from './handle.js'
import type { RepoHandle } from './handle.js'

/** Adds labels (creating unknown ones) and returns all the pull request's labels. */
export async function addLabels(
  handle: RepoHandle,
  number: number,
  labels: readonly string[]
): Promise<string[]> {
  const { data } = await handle.octokit.rest.issues.addLabels({
    ...where(handle),
    issue_number: number,
    labels: [...labels]
  })
  return data.map(label => label.name)
}

/** Removes a label; one that is not there is already removed. */
export async function removeLabel(
  handle: RepoHandle,
  number: number,
  label: string
): Promise<void> {
  try {
    await handle.octokit.rest.issues.removeLabel({
      ...where(handle),
      issue_number: number,
      name: label
    })
  } catch (error) {
    if (status(error) !== 404) throw error
  }
}
