import type { Platform } from '../manifest/model.js'

/** The region folder's file of the HorizontalPodAutoscaler and PodDisruptionBudget, listed in resources. */
export const CAPACITY_FILE = 'capacity.yaml'
/** The region folder's Deployment patch of replicas and requests, listed in patches. */
export const CAPACITY_PATCH_FILE = 'capacity-patch.yaml'

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const

/** Where one service's files live in one region, and how its image is pinned there. */
export interface RegionLayout {
  folder: string
  image: 'kustomize' | 'helm'
  /** Files that may hold the pin, in order of preference; the first that exists is edited. */
  candidates: string[]
}

export function regionLayout(platform: Platform, service: string, region: string): RegionLayout {
  const override = platform.layout.services?.[service] ?? {}
  const template = override.path ?? platform.layout.path
  const folder = template
    .replaceAll('{region}', region)
    .replaceAll('{service}', service)
    .replace(/\/+$/, '')
  const image = override.image ?? platform.layout.image
  const candidates =
    image === 'helm'
      ? [`${folder}/${override.valuesFile ?? platform.layout.valuesFile}`]
      : KUSTOMIZATION_NAMES.map(name => `${folder}/${name}`)
  return { folder, image, candidates }
}

/** Files the toolkit writes whole in a region folder; a person's edits to them are replaced on the next promotion. */
export const GENERATED_FILES = {
  routeTable: 'route-table.yaml',
  dnsEndpoint: 'dnsendpoint.yaml',
  gslb: 'gslb.yaml',
  istio: 'istio.yaml',
  linkerd: 'serviceprofile.yaml',
  dataMap: 'data-map.yaml'
} as const

/** The region folder's file that holds the service's Service, which carries its ExternalDNS annotations. */
export const SERVICE_FILE = 'service.yaml'

/** Files the routing block reads or writes in a region folder, besides the pinned file. */
export function routingFiles(folder: string): string[] {
  return [SERVICE_FILE, ...Object.values(GENERATED_FILES)].map(name => `${folder}/${name}`)
}

/**
 * Every file the planner may read for a service, so a shell can fetch them
 * all in one batch: the service's regions' files, and the Service of every
 * other platform region, and the DNS files generated there, where a region
 * taken out of the service may still publish its name.
 */
export function filesToRead(
  platform: Platform,
  service: string,
  regions: readonly string[]
): string[] {
  const own = regions
    .filter(r => platform.regions[r])
    .flatMap(r => {
      const layout = regionLayout(platform, service, r)
      return [
        ...layout.candidates,
        ...routingFiles(layout.folder),
        `${layout.folder}/${CAPACITY_FILE}`,
        `${layout.folder}/${CAPACITY_PATCH_FILE}`
      ]
    })
  const former = Object.keys(platform.regions)
    .filter(r => !regions.includes(r))
    .flatMap(r =>
      [SERVICE_FILE, GENERATED_FILES.dnsEndpoint, GENERATED_FILES.gslb].map(
        name => `${regionLayout(platform, service, r).folder}/${name}`
      )
    )
  return [...own, ...former]
}

/**
 * The folder that holds every service's folder in one region, when the
 * layout's last segment is `{service}` (as in regions/{region}/{service}),
 * so a shell can list the region's other services; undefined otherwise.
 */
export function servicesFolder(platform: Platform, region: string): string | undefined {
  const segments = platform.layout.path.replace(/\/+$/, '').split('/')
  if (segments.pop() !== '{service}' || segments.some(s => s.includes('{service}')))
    return undefined
  return segments.map(s => s.replaceAll('{region}', region)).join('/')
}
