import type { DataModel, Locality } from './model.js';
/** The file of a region's folder that holds its data map, as a ConfigMap. */
export declare const DATA_MAP_FILE = "data-map.yaml";
/** Bumped on any change a reader written for the previous version would misread. */
export declare const DATA_MAP_VERSION = 1;
export interface DataMapColumn {
    type: string;
    primaryKey: boolean;
    nullable: boolean;
    /** Fides data category; absent for unclassified columns. */
    category?: string;
    /** Under Fides' user.*: data about a person. */
    personal: boolean;
    /** Roles that may read the column; every role reads an unclassified column. */
    readers: string[];
}
export interface DataMapTable {
    locality: Locality;
    home: string;
    /** Jurisdictions rows may be stored in; absent means anywhere. */
    jurisdictions?: string[];
    /** Regions the table exists in: the only regions a row of it may be written to or read from. */
    placement: string[];
    key: string[];
    /** by-row tables: the column naming the region a row lives in. */
    regionColumn?: string;
    /** The column naming the data subject, for export and erasure. */
    subject?: {
        column: string;
        erase: 'delete' | 'nullify';
    };
    /** global tables: the columns each replica holds (a classified column may stay home). */
    replicas?: Record<string, string[]>;
    /** The SQL function that deletes rows past retention, in every placed region. */
    retentionFunction?: string;
    columns: Record<string, DataMapColumn>;
}
export interface DataMapRegion {
    jurisdiction: string;
    /** The environment variable holding the region's database URL; never the URL itself. */
    secret?: string;
}
/** What multiregion/data reads in one region: a versioned, language-neutral description of where rows live and who reads them. */
export interface DataMap {
    mapVersion: typeof DATA_MAP_VERSION;
    service: string;
    engine: DataModel['engine'];
    /** The region this map is deployed in. */
    region: string;
    jurisdiction: string;
    /** Regions in the order a read that may hit several searches them: here, same jurisdiction, then the rest in the manifest's order. */
    order: string[];
    regions: Record<string, DataMapRegion>;
    tables: Record<string, DataMapTable>;
}
/** The data map of one region. Pure: the plan writes it into the region's `<service>-data` ConfigMap. */
export declare function dataMap(model: DataModel, region: string): DataMap;
/** The data map as the `<service>-data` ConfigMap services mount (key data-map.json). */
export declare function renderDataMapConfigMap(map: DataMap): string;
