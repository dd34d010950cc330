import { loadPlatform, loadService } from '../../src/manifest/load.js'
import { plan } from '../../src/plan/plan.js'
import { parseRelease } from '../../src/plan/release.js'
import { platformYaml, serviceYaml, envFiles } from '../../test/support/region-fleet.js'
const n = Number(process.argv[2])
const platform = loadPlatform(platformYaml(n), 'platform.yaml').value!
const service = loadService(serviceYaml(n), 'multiregion.yaml').value!
const files = envFiles(n)
const release = parseRelease('v2.0.0', service.image)
if ('error' in release) throw new Error()
const c0 = process.cpuUsage()
const p = plan({ service, platform, release, files })
const c = process.cpuUsage(c0)
console.log('plan cpu ms', (c.user + c.system) / 1000)
const by = new Map<string, number>()
for (const r of p.regions)
  for (const e of r.edits) {
    const k = e.path.split('/').pop()!
    by.set(k, (by.get(k) ?? 0) + e.content.length + e.diff.length)
  }
console.log(by, 'errors', p.summary.errors)
console.log('rss MiB', process.memoryUsage().rss / 2 ** 20)
if (process.argv[3]) {
  const r = p.regions[5]!
  for (const e of r.edits)
    if (e.path.endsWith(process.argv[3])) console.log(e.content.slice(0, 6000))
}
