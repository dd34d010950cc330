import type { DataSpec, Layout, PlatformConfig, Region, RoutingSpec, ServiceManifest } from '../schema/generated.js';
import type { MetricCheck } from '../metrics/verdict.js';
import type { YamlSource } from './yaml-source.js';
/** Train settings with every default applied and durations in seconds. */
export interface TrainSettings {
    waves: string[][];
    approvals: number;
    bakeSeconds: number;
    timeoutSeconds: number;
    onFailure: 'rollback' | 'halt';
    /** Metric checks each region's bake must pass (none: the bake is time alone). */
    checks?: MetricCheck[];
}
/** A validated service manifest with defaults applied; `locate` points back into the file. */
export interface Service {
    file: string;
    name: string;
    team?: string;
    labels: Record<string, string>;
    image: string;
    regions: string[];
    train: TrainSettings;
    routing?: RoutingSpec;
    data?: DataSpec;
    raw: ServiceManifest;
    locate: YamlSource['locate'];
}
/** A validated platform config with defaults applied. */
export interface Platform {
    file: string;
    name?: string;
    layout: Required<Omit<Layout, 'services'>> & Pick<Layout, 'services'>;
    compliance: string[];
    /** Approvals a rollback PR needs. */
    rollbackApprovals: number;
    regions: Record<string, Region>;
    raw: PlatformConfig;
    locate: YamlSource['locate'];
}
export declare const DEFAULTS: {
    readonly approvals: 1;
    readonly bake: "10m";
    readonly timeout: "30m";
    readonly onFailure: "rollback";
    readonly valuesFile: "values.yaml";
    readonly argocdApp: "{service}-{region}";
    readonly argocdProject: "default";
    readonly annotationPrefix: "external-dns.kubernetes.io/";
    readonly rollbackApprovals: 0;
};
