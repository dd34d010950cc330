import type { DataModel, Locality } from './model.js';
/** The file of a region's folder that holds its data map, as a ConfigMap. */
export declare const DATA_MAP_FILE: "data-map.yaml";
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
    /** Jurisdictions outside `jurisdictions` that may read the rows remotely (declared transfers). */
    transfers?: string[];
    /** Roles that may insert, update and delete; absent means none. */
    writers?: string[];
    /**
     * Regions this region's data API may write a row of it to or read one from:
     * its placement, for a global table only home and this region's replica (every
     * replica where subject requests may be run from here).
     */
    placement: string[];
    key: string[];
    /** by-row tables: the column naming the region a row lives in. */
    regionColumn?: string;
    /** The column naming the data subject, for export and erasure. */
    subject?: {
        column: string;
        erase: 'delete' | 'nullify';
    };
    /** global tables: the columns this region's replica holds (a classified column may stay home). */
    replicas?: Record<string, string[]>;
    /** The SQL function that deletes rows past retention, in every placed region. */
    retentionFunction?: string;
    /** spanner: the row deletion policy the migrations create (rows older than days by column); Spanner deletes them itself. */
    rowDeletion?: {
        column: string;
        days: number;
    };
    columns: Record<string, DataMapColumn>;
}
export interface DataMapRegion {
    jurisdiction: string;
    /** The environment variable holding the region's database URL; never the URL itself. */
    secret?: string;
    /** spanner: the placement a by-row row of this region names in its region column. */
    placement?: string;
}
/** What multiregion/data reads in one region: a versioned, language-neutral description of where rows live and who reads them. */
export interface DataMap {
    mapVersion: typeof DATA_MAP_VERSION;
    service: string;
    engine: DataModel['engine'];
    /** The region this map is deployed in. */
    region: string;
    jurisdiction: string;
    /** The regions of `regions` in the order a read that may hit several searches them: here, same jurisdiction, then the rest in the manifest's order. */
    order: string[];
    /** The regions this region's data API reaches: itself, each table's home and placement. */
    regions: Record<string, DataMapRegion>;
    tables: Record<string, DataMapTable>;
    /** engine spanner: where the one database is; absent when the platform names no instance (spec.spanner). */
    spanner?: {
        project: string;
        instance: string;
        database: string;
    };
    /** Who may run data subject requests, and the region that records them; absent means no one may. */
    subjects?: {
        roles: string[];
        home: string;
    };
}
/**
 * The data map of one region: its tables, and of the other regions only
 * those its data API reaches (a table's home, a by-row table's placement).
 * Pure: the plan writes it into the region's `<service>-data` ConfigMap.
 */
export declare function dataMap(model: DataModel, region: string): DataMap;
/** The data map as the `<service>-data` ConfigMap services mount (key data-map.json). */
export declare function renderDataMapConfigMap(map: DataMap): string;
