import type { Platform, Service } from '../manifest/model.js'
import { plan } from '../plan/plan.js'
import { parseRelease } from '../plan/release.js'
import type { Release } from '../plan/release.js'
import type { Plan } from '../schema/generated.js'
import type { FileEdit, TrainPull } from './observe.js'

/** The default branch's files, read from one commit: plans are made from them and commits built on `sha`. */
export interface BaseRead {
  sha: string
  files: Map<string, string>
}

/** The plan of `release` over the default branch as `read` saw it. */
export function planFor(
  service: Service,
  platform: Platform,
  read: BaseRead,
  release: Release
): Plan {
  return plan({ service, platform, release, files: read.files })
}

/**
 * A region's plan with only its image pin: a rollback restores the version
 * that ran before and nothing else (the plan would also bring routing up to
 * date, which is a promotion's business, not a rollback's).
 */
export function imageOnly(region: Plan['regions'][number]): Plan['regions'][number] {
  return { ...region, edits: region.edits.filter(e => /^images?[[.]/.test(e.field)) }
}

/**
 * The edits the train would write now for each open train PR: a promotion's
 * region edits from this release's plan, a rollback's image pin from the plan
 * of its target version, both from the same read of the default branch.
 */
export function expectedEdits(
  service: Service,
  platform: Platform,
  read: BaseRead,
  planned: Plan,
  own: readonly TrainPull[]
): Map<number, FileEdit[]> {
  const expected = new Map<number, FileEdit[]>()
  // The marker here is the trusted one: read from the PR's branch and the toolkit's commits, never its body alone.
  for (const { pull, marker } of own) {
    if (pull.state !== 'open') continue
    let region: Plan['regions'][number] | undefined
    if (marker.kind === 'promotion') region = planned.regions.find(r => r.name === marker.region)
    else {
      const target = parseRelease(marker.to ?? '', service.image)
      if (!('error' in target))
        region = imageOnly(
          planFor(service, platform, read, target).regions.find(r => r.name === marker.region) ?? {
            ...planned.regions[0]!,
            edits: []
          }
        )
    }
    expected.set(
      pull.number,
      (region?.edits ?? []).map(e => ({ path: e.path, content: e.content }))
    )
  }
  return expected
}
