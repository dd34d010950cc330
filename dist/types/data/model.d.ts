import type { Platform, Service } from '../manifest/model.js';
import type { YamlPath } from '../manifest/yaml-source.js';
import type { ComplianceRule } from '../schema/generated.js';
export type Engine = 'postgres' | 'cockroachdb' | 'spanner' | 'cassandra';
export type Locality = 'regional' | 'global' | 'by-row';
export interface DataColumn {
    name: string;
    type: string;
    primaryKey: boolean;
    nullable: boolean;
    category?: string;
    readers: string[];
}
export interface DataTable {
    name: string;
    home: string;
    locality: Locality;
    /** Jurisdictions the rows may be stored in; absent means anywhere. */
    residency?: string[];
    /** Jurisdictions outside residency that may read the rows remotely: declared transfers. */
    transfers?: string[];
    /** Roles that may insert, update and delete rows. */
    writers?: string[];
    retention?: string;
    retentionSeconds?: number;
    columns: DataColumn[];
    /** The column naming the person a row is about, for data subject export and erasure. */
    subject?: {
        column: string;
        erase: 'delete' | 'nullify';
    };
    /** The regions the table exists in: where its rows may live, in service order. */
    placement: string[];
    path: YamlPath;
}
export interface DataRegion {
    name: string;
    jurisdiction: string;
    location: string;
    /** The environment variable that holds the region's database URL. */
    secret?: string;
    /** PostgreSQL: the role subscribers log in as here, and the password file this region's subscriptions read. */
    replication?: {
        user?: string;
        passfile?: string;
    };
}
/** The manifest's data block joined with the platform's regions: what every compiler and rule reads. */
export interface DataModel {
    service: string;
    engine: Engine;
    regions: DataRegion[];
    tables: DataTable[];
    compliance: string[];
    /** The platform's spec.complianceRules. */
    customRules: ComplianceRule[];
    /** Jurisdictions the platform gives a cluster of their own on a spanning engine (spec.databaseClusterWithin). */
    clusterWithin?: string[];
    /** engine spanner: the platform's instance (spec.spanner); the database is named after the service. */
    spanner?: {
        project: string;
        instance: string;
    };
    /** Roles that may run data subject export and erasure (spec.data.subjectRequests.roles). */
    subjectRoles?: string[];
}
/** The table every region keeps its data subject requests in, created by the generated migrations. */
export declare const SUBJECT_REQUESTS_TABLE = "multiregion_subject_requests";
/** The column that places a by-row table's rows. */
export declare const REGION_COLUMN = "region";
export declare function isClassified(column: DataColumn): boolean;
/** Fides categories under user.* describe a person: personal data in GDPR's and PIPL's sense. */
export declare function isPersonal(column: DataColumn): boolean;
export declare function region(model: DataModel, name: string): DataRegion | undefined;
/**
 * Where a classified column of the table may be stored: the declared
 * residency, or the home region's jurisdiction when none is declared. With
 * PIPL enabled, data homed in CN stays in CN whatever the residency says.
 */
export declare function classifiedJurisdictions(model: DataModel, table: DataTable): string[];
/** Whether a column's values may be copied into a region. */
export declare function mayLeaveTo(model: DataModel, table: DataTable, column: DataColumn, to: string): boolean;
/** The columns a region holds: all of them at home, only those allowed to leave on a global table's replicas. */
export declare function columnsIn(model: DataModel, table: DataTable, regionName: string): DataColumn[];
/** Every role that reads some column of the table or writes it: they all read its unclassified columns. */
export declare function tableReaders(table: DataTable): string[];
/** A global table's replicas: every placed region but home. */
export declare function subscribers(table: DataTable): string[];
/** Builds the data model; undefined when the manifest has no data block. */
export declare function dataModel(service: Service, platform: Platform): DataModel | undefined;
/**
 * The order regions are migrated in: publishers of global tables first (a
 * subscription needs its publication), then the other home regions, then the rest.
 */
export declare function regionOrder(model: DataModel): string[];
