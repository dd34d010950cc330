import { isGraphqlRefusal, status } from './handle.js'
import type { RepoHandle } from './handle.js'

/**
 * The toolkit's own login, whose approvals never count and whose pull
 * requests are the train's. The `bot-login` setting wins (no request).
 * Else GET /user names a personal or OAuth token's user. A GitHub App
 * installation token gets 403 there ("Resource not accessible by
 * integration"), but GraphQL's `viewer` names it (`my-app[bot]`), so that
 * is asked next. If neither will say, as can happen with GITHUB_TOKEN,
 * this returns undefined and the caller must ask for `bot-login`
 * (`github-actions[bot]` for GITHUB_TOKEN).
 */
export async function viewerLogin(
  handle: RepoHandle,
  botLogin: string | undefined
): Promise<string | undefined> {
  if (botLogin) return botLogin
  try {
    const { data } = await handle.octokit.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    if (status(error) !== 403) throw error
  }
  try {
    const data = await handle.octokit.graphql<{
      viewer: { login: string } | null
    }>('query { viewer { login } }')
    return data.viewer?.login || undefined
  } catch (error) {
    if (isGraphqlRefusal(error)) return undefined
    throw error
  }
}
