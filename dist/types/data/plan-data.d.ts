import type { Platform, Service } from '../manifest/model.js';
import type { Finding } from '../schema/generated.js';
import type { Migration, SourceFile } from './migration.js';
import type { DataModel, Engine } from './model.js';
export interface RegionData {
    engine: Engine;
    /** 1-based position in the order regions are migrated in. */
    order: number;
    /** The environment variable holding the region's database URL. */
    secret?: string;
    migrations: Migration[];
}
export interface DataPlan {
    /** The manifest, to point findings at its lines. */
    service: Service;
    model: DataModel;
    regions: Map<string, RegionData>;
    findings: Finding[];
}
/** Compiles the data block for every region and lints it; undefined when the manifest has none. */
export declare function planData(service: Service, platform: Platform, files: readonly SourceFile[]): DataPlan | undefined;
