import { beforeAll, describe, expect, it } from '@jest/globals'
import { runPlan } from '../../src/commands/plan.js'
import { COMMENT_LIMIT, SUMMARY_LIMIT, renderPlanMarkdown } from '../../src/report/markdown.js'
import type { Plan } from '../../src/schema/generated.js'
import { ROOT } from '../support/paths.js'
import { regionFleetPlan } from '../support/region-fleet.js'

const ARTIFACT = {
  name: 'multiregion-plan',
  url: 'https://github.com/acme/checkout/actions/runs/7'
}
/** GitHub's limits: a comment body of 65,536 characters, a step's job summary of 1 MiB. */
const GITHUB_COMMENT = 65_536
const GITHUB_SUMMARY = 1024 * 1024

async function checkoutPlan(): Promise<Plan> {
  const outcome = await runPlan({
    manifest: `${ROOT}/fixtures/services/checkout/multiregion.yaml`,
    platform: `${ROOT}/fixtures/environments/platform.yaml`,
    envRepo: `${ROOT}/fixtures/environments`,
    release: 'v1.5.0',
    shadow: false
  })
  if (outcome.kind !== 'plan') throw new Error(JSON.stringify(outcome))
  return outcome.plan
}

const diffs = (plan: Plan) => plan.regions.flatMap(r => r.edits.map(e => e.diff.trimEnd()))
const sqls = (plan: Plan) =>
  plan.regions.flatMap(r => r.data?.migrations.map(m => m.sql.trimEnd()) ?? [])

/** The code blocks of a Markdown text: their language and body. */
function codeBlocks(markdown: string): { lang: string; body: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)\n```$/gm)].map(m => ({
    lang: m[1]!,
    body: m[2]!
  }))
}

/** Nothing is cut mid-section: every fence and every <details> is closed, and each diff or SQL shown is whole. */
function expectWholeSections(markdown: string, plan: Plan): void {
  expect((markdown.match(/^```/gm) ?? []).length % 2).toBe(0)
  expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length)
  const whole = new Set([...diffs(plan), ...sqls(plan)])
  for (const block of codeBlocks(markdown).filter(b => b.lang === 'diff' || b.lang === 'sql'))
    expect(whole.has(block.body)).toBe(true)
}

describe('the plan in Markdown, for a pull request comment and a job summary', () => {
  let checkout: Plan
  beforeAll(async () => {
    checkout = await checkoutPlan()
  })

  it('shows every migration of the 4-region checkout plan in a comment, whole, within GitHub’s limit', () => {
    const comment = renderPlanMarkdown(checkout, { limit: COMMENT_LIMIT, artifact: ARTIFACT })
    expect(comment.length).toBeLessThan(GITHUB_COMMENT)
    for (const sql of sqls(checkout)) expect(comment).toContain(sql)
    // The image pins a reviewer approves are there too; what moved out is named, with the link.
    for (const region of checkout.regions.filter(r => r.action === 'promote'))
      expect(comment).toContain(region.edits[0]!.diff.trimEnd())
    expect(comment).toContain(ARTIFACT.url)
    expectWholeSections(comment, checkout)
  })

  it('leads with the summary and the findings, before any region', () => {
    const text = renderPlanMarkdown(checkout, { limit: COMMENT_LIMIT, artifact: ARTIFACT })
    const findings = text.indexOf('### Findings')
    expect(findings).toBeGreaterThan(0)
    expect(findings).toBeLessThan(text.indexOf('<details>'))
    expect(text.indexOf('to promote')).toBeLessThan(findings)
  })

  it('writes the complete plan, every diff and every migration, for the artifact', () => {
    const full = renderPlanMarkdown(checkout)
    for (const text of [...diffs(checkout), ...sqls(checkout)]) expect(full).toContain(text)
    expectWholeSections(full, checkout)
  })

  describe('at 400 regions', () => {
    let fleet: Plan
    beforeAll(() => {
      fleet = regionFleetPlan(400)
    })

    it.each([
      ['job summary', SUMMARY_LIMIT, (s: string) => Buffer.byteLength(s) < GITHUB_SUMMARY],
      ['comment', COMMENT_LIMIT, (s: string) => s.length < GITHUB_COMMENT]
    ])('fits a %s, names every region and cuts no section in the middle', (_, limit, fits) => {
      const text = renderPlanMarkdown(fleet, { limit, artifact: ARTIFACT })
      expect(fits(text)).toBe(true)
      for (const region of fleet.regions) expect(text).toMatch(new RegExp(`\\b${region.name}\\b`))
      expectWholeSections(text, fleet)
      expect(text).toContain(ARTIFACT.url)
      expect(text.indexOf('### Findings')).toBeLessThan(text.indexOf(fleet.regions[0]!.name))
    })
  })
})
