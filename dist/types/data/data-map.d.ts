import type { DataModel, Locality } from './model.js';
/** The file of a region's folder that holds its data map, as a ConfigMap. */
export declare const DATA_MAP_FILE: "data-map.yaml";
/**
 * The format of data-map.json. Bumped on any change a reader written for the
 * previous version would misread; the data API refuses any other version.
 * Version 2 names each region once (jurisdictions and database secrets as
 * lists and a template, a placement of every region as "*", no search
 * order); version 1 gave every region a record and listed it again in the
 * search order and in each table placed there.
 */
export declare const DATA_MAP_VERSION = 2;
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
/** What multiregion/data works from in one region: where rows live and who reads them (decoded from its DataMapFile). */
export interface DataMap {
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
 * The data map of one region, as the data API reads it: its tables, and of
 * the other regions only those its data API reaches (a table's home, a
 * by-row table's placement). Pure; the plan writes its file (dataMapFile).
 */
export declare function dataMap(model: DataModel, region: string): DataMap;
/** The data-map.json of one region, as the plan writes it (DATA_MAP_VERSION). */
export declare function dataMapFile(model: DataModel, region: string): DataMapFile;
/** A table as data-map.json gives it: a placement of every region of the map is "*". */
export interface DataMapFileTable extends Omit<DataMapTable, 'placement'> {
    placement: string[] | '*';
}
/**
 * What data-map.json holds: a versioned, language-neutral description of
 * where rows live and who reads them, naming each region the data API
 * reaches once. A region's search order is not written: readers derive it
 * (the region itself, its jurisdiction's regions, then the rest, each in the
 * order of `regions`).
 */
export interface DataMapFile {
    mapVersion: typeof DATA_MAP_VERSION;
    service: string;
    engine: DataModel['engine'];
    region: string;
    jurisdiction: string;
    /** The regions this region's data API reaches, in the manifest's order. */
    regions: string[];
    /** Each jurisdiction's regions of `regions`. */
    jurisdictions: Record<string, string[]>;
    /**
     * The environment variable holding every region's database URL, with
     * `{region}` for the region's name or `{REGION}` for it in capitals with _
     * for any other character; absent when not every region has one.
     */
    secret?: string;
    /** The variables the template does not give. */
    secrets?: Record<string, string>;
    tables: Record<string, DataMapFileTable>;
    spanner?: DataMap['spanner'];
    subjects?: DataMap['subjects'];
}
/**
 * The data map of a data-map.json of version DATA_MAP_VERSION, its search
 * order derived; a file of another version, or one that does not hold
 * together, is refused with what to do.
 */
export declare function decodeDataMap(file: DataMapFile): DataMap;
/** The data map as the `<service>-data` ConfigMap services mount (key data-map.json). */
export declare function renderDataMapConfigMap(file: DataMapFile): string;
