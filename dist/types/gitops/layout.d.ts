import type { Platform } from '../manifest/model.js';
/** The region folder's file of the HorizontalPodAutoscaler and PodDisruptionBudget, listed in resources. */
export declare const CAPACITY_FILE = "capacity.yaml";
/** The region folder's Deployment patch of replicas and requests, listed in patches. */
export declare const CAPACITY_PATCH_FILE = "capacity-patch.yaml";
/** Where one service's files live in one region, and how its image is pinned there. */
export interface RegionLayout {
    folder: string;
    image: 'kustomize' | 'helm';
    /** Files that may hold the pin, in order of preference; the first that exists is edited. */
    candidates: string[];
}
export declare function regionLayout(platform: Platform, service: string, region: string): RegionLayout;
/** Files the toolkit writes whole in a region folder; a person's edits to them are replaced on the next promotion. */
export declare const GENERATED_FILES: {
    readonly routeTable: "route-table.yaml";
    readonly dnsEndpoint: "dnsendpoint.yaml";
    readonly gslb: "gslb.yaml";
    readonly istio: "istio.yaml";
    readonly linkerd: "serviceprofile.yaml";
    readonly dataMap: "data-map.yaml";
};
/** The region folder's file that holds the service's Service, which carries its ExternalDNS annotations. */
export declare const SERVICE_FILE = "service.yaml";
/** Files the routing block reads or writes in a region folder, besides the pinned file. */
export declare function routingFiles(folder: string): string[];
/**
 * Every file the planner may read for a service, so a shell can fetch them
 * all in one batch: the service's regions' files, and the Service of every
 * other platform region, and the DNS files generated there, where a region
 * taken out of the service may still publish its name.
 */
export declare function filesToRead(platform: Platform, service: string, regions: readonly string[]): string[];
/**
 * The folder that holds every service's folder in one region, when the
 * layout's last segment is `{service}` (as in regions/{region}/{service}),
 * so a shell can list the region's other services; undefined otherwise.
 */
export declare function servicesFolder(platform: Platform, region: string): string | undefined;
