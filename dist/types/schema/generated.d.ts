/** schema/multiregion.schema.json */
export declare const serviceSchema: {
    readonly $schema: "http://json-schema.org/draft-07/schema#";
    readonly $id: "https://multiregion.dev/schema/multiregion.schema.json";
    readonly title: "ServiceManifest";
    readonly description: "A service's multiregion.yaml: which regions it runs in, how releases travel between them, how traffic is routed and where its data lives.";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["apiVersion", "kind", "metadata", "spec"];
    readonly properties: {
        readonly apiVersion: {
            readonly description: "Version of this file's format.";
            readonly const: "multiregion.dev/v1";
        };
        readonly kind: {
            readonly description: "Always Service for a service manifest.";
            readonly const: "Service";
        };
        readonly metadata: {
            readonly title: "ServiceMetadata";
            readonly description: "Who the service is and who owns it.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["name"];
            readonly properties: {
                readonly name: {
                    readonly description: "The service's name: a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters). It names the service's folder in the environments repository.";
                    readonly type: "string";
                    readonly format: "dns-label";
                };
                readonly team: {
                    readonly description: "The team that owns the service; shown in plans and pull requests.";
                    readonly type: "string";
                    readonly minLength: 1;
                };
                readonly labels: {
                    readonly description: "Free-form labels copied onto the promotion pull requests.";
                    readonly type: "object";
                    readonly additionalProperties: {
                        readonly type: "string";
                    };
                };
            };
        };
        readonly spec: {
            readonly title: "ServiceSpec";
            readonly description: "What the service runs, where, and how releases, traffic and data move between regions.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["image", "regions"];
            readonly properties: {
                readonly image: {
                    readonly description: "The container image repository, without a tag or digest (for example ghcr.io/acme/checkout). The release names the tag or digest.";
                    readonly type: "string";
                    readonly format: "image-repository";
                };
                readonly regions: {
                    readonly description: "The platform regions the service runs in. Each must be defined in platform.yaml.";
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly uniqueItems: true;
                    readonly items: {
                        readonly type: "string";
                        readonly format: "dns-label";
                    };
                };
                readonly train: {
                    readonly $ref: "#/definitions/Train";
                };
                readonly routing: {
                    readonly $ref: "#/definitions/Routing";
                };
                readonly data: {
                    readonly $ref: "#/definitions/Data";
                };
                readonly capacity: {
                    readonly $ref: "#/definitions/Capacity";
                };
            };
        };
    };
    readonly definitions: {
        readonly Capacity: {
            readonly title: "CapacitySpec";
            readonly description: "How much of the service each region runs: a fixed replica count or autoscaling bounds, the requests of each pod, a disruption budget, and the traffic figures the failover headroom check reads. `plan` writes it into each region's folder as a HorizontalPodAutoscaler, a PodDisruptionBudget and a Deployment patch; docs/capacity.md has an example and the failover model.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly replicas: {
                    readonly $ref: "#/definitions/CapacityReplicas";
                };
                readonly autoscaling: {
                    readonly $ref: "#/definitions/CapacityAutoscaling";
                };
                readonly requests: {
                    readonly $ref: "#/definitions/CapacityRequests";
                };
                readonly disruptionBudget: {
                    readonly $ref: "#/definitions/CapacityDisruptionBudget";
                };
                readonly perPodRps: {
                    readonly $ref: "#/definitions/CapacityPerPodRps";
                };
                readonly rps: {
                    readonly $ref: "#/definitions/CapacityRps";
                };
                readonly deployment: {
                    readonly description: "The Deployment the capacity applies to. Default: the service's name.";
                    readonly type: "string";
                    readonly format: "dns-label";
                };
                readonly container: {
                    readonly description: "The container of that Deployment whose requests are set. Default: the service's name.";
                    readonly type: "string";
                    readonly format: "dns-label";
                };
                readonly selector: {
                    readonly description: "Labels of the service's pods, which the PodDisruptionBudget selects. Default app.kubernetes.io/name: <service>.";
                    readonly type: "object";
                    readonly minProperties: 1;
                    readonly additionalProperties: {
                        readonly type: "string";
                    };
                };
                readonly regions: {
                    readonly description: "Per-region overrides of replicas, autoscaling, requests, disruptionBudget, perPodRps and rps.";
                    readonly type: "object";
                    readonly propertyNames: {
                        readonly format: "dns-label";
                    };
                    readonly additionalProperties: {
                        readonly title: "CapacityOverride";
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly properties: {
                            readonly replicas: {
                                readonly $ref: "#/definitions/CapacityReplicas";
                            };
                            readonly autoscaling: {
                                readonly $ref: "#/definitions/CapacityAutoscaling";
                            };
                            readonly requests: {
                                readonly $ref: "#/definitions/CapacityRequests";
                            };
                            readonly disruptionBudget: {
                                readonly $ref: "#/definitions/CapacityDisruptionBudget";
                            };
                            readonly perPodRps: {
                                readonly $ref: "#/definitions/CapacityPerPodRps";
                            };
                            readonly rps: {
                                readonly $ref: "#/definitions/CapacityRps";
                            };
                        };
                    };
                };
            };
        };
        readonly CapacityReplicas: {
            readonly description: "A fixed number of pods (no autoscaler). Set replicas or autoscaling, not both.";
            readonly type: "integer";
            readonly minimum: 1;
            readonly maximum: 10000;
        };
        readonly CapacityAutoscaling: {
            readonly title: "CapacityAutoscaling";
            readonly description: "HorizontalPodAutoscaler bounds (autoscaling/v2), scaling on CPU utilisation.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["min", "max"];
            readonly properties: {
                readonly min: {
                    readonly description: "minReplicas.";
                    readonly type: "integer";
                    readonly minimum: 1;
                    readonly maximum: 10000;
                };
                readonly max: {
                    readonly description: "maxReplicas; at least min.";
                    readonly type: "integer";
                    readonly minimum: 1;
                    readonly maximum: 10000;
                };
                readonly cpuUtilization: {
                    readonly description: "Target average CPU utilisation, in percent of the requests. Default 70.";
                    readonly type: "integer";
                    readonly minimum: 1;
                    readonly maximum: 100;
                };
            };
        };
        readonly CapacityRequests: {
            readonly title: "CapacityRequests";
            readonly description: "Resource requests of one pod, as Kubernetes quantities.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["cpu", "memory"];
            readonly properties: {
                readonly cpu: {
                    readonly description: "CPU, such as 250m or 2.";
                    readonly type: "string";
                    readonly pattern: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$";
                };
                readonly memory: {
                    readonly description: "Memory, such as 512Mi or 2Gi.";
                    readonly type: "string";
                    readonly pattern: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$";
                };
            };
        };
        readonly CapacityDisruptionBudget: {
            readonly title: "CapacityDisruptionBudget";
            readonly description: "A PodDisruptionBudget (policy/v1): minAvailable or maxUnavailable, as a count or a percentage (\"50%\").";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly minProperties: 1;
            readonly maxProperties: 1;
            readonly properties: {
                readonly minAvailable: {
                    readonly description: "Pods that must stay up during a voluntary disruption (a node drain), as a count or a percentage.";
                    readonly oneOf: readonly [{
                        readonly type: "integer";
                        readonly minimum: 0;
                    }, {
                        readonly type: "string";
                        readonly pattern: "^[0-9]{1,3}%$";
                    }];
                };
                readonly maxUnavailable: {
                    readonly description: "Pods a voluntary disruption may take down at once, as a count or a percentage.";
                    readonly oneOf: readonly [{
                        readonly type: "integer";
                        readonly minimum: 1;
                    }, {
                        readonly type: "string";
                        readonly pattern: "^[0-9]{1,3}%$";
                    }];
                };
            };
        };
        readonly CapacityPerPodRps: {
            readonly description: "Requests per second one pod serves at its target utilisation; with rps, it turns replicas into traffic for the failover headroom check.";
            readonly type: "number";
            readonly exclusiveMinimum: 0;
        };
        readonly CapacityRps: {
            readonly description: "The region's expected peak traffic in requests per second, before any failover.";
            readonly type: "number";
            readonly minimum: 0;
        };
        readonly Train: {
            readonly title: "TrainSpec";
            readonly description: "How a release travels from region to region.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly waves: {
                    readonly description: "Regions promoted together, in order. Each region of spec.regions appears exactly once. Default: one region a wave, in the order of spec.regions.";
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly items: {
                        readonly type: "array";
                        readonly minItems: 1;
                        readonly items: {
                            readonly type: "string";
                            readonly format: "dns-label";
                        };
                    };
                };
                readonly approvals: {
                    readonly description: "Approvals each promotion pull request needs before it merges. The platform may require more for a region. Default 1.";
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 10;
                };
                readonly bake: {
                    readonly description: "How long a wave must stay healthy before the next wave opens, as a duration (30s, 10m, 1h). Default 10m.";
                    readonly type: "string";
                    readonly format: "duration";
                };
                readonly timeout: {
                    readonly description: "How long Argo CD may take to sync and report healthy after a merge before the wave fails. Default 30m.";
                    readonly type: "string";
                    readonly format: "duration";
                };
                readonly onFailure: {
                    readonly description: "What a failed wave does: rollback (revert every region this train promoted) or halt (stop and leave the regions as they are). Default rollback.";
                    readonly enum: readonly ["rollback", "halt"];
                };
                readonly checks: {
                    readonly description: "Metric checks that decide each region's bake: when the bake ends the train runs each PromQL query against the region's Prometheus (platform regions.<name>.prometheus.url). A value above max or below min fails the region, which rolls back as an unhealthy app does; a query with no data, or a Prometheus that does not answer, halts the train: it never passes. docs/bakes.md has an example.";
                    readonly type: "array";
                    readonly items: {
                        readonly title: "MetricCheckSpec";
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly required: readonly ["name", "query"];
                        readonly properties: {
                            readonly name: {
                                readonly description: "The check's name, as the status, the job summary and the PR's marker show it.";
                                readonly type: "string";
                                readonly format: "dns-label";
                            };
                            readonly query: {
                                readonly description: "An instant PromQL query; {region} is replaced by the region's name, as in the label matcher region=\"{region}\". Several series: the worst value counts.";
                                readonly type: "string";
                                readonly minLength: 1;
                            };
                            readonly max: {
                                readonly description: "The value passes when at most this.";
                                readonly type: "number";
                            };
                            readonly min: {
                                readonly description: "The value passes when at least this.";
                                readonly type: "number";
                            };
                        };
                    };
                };
            };
        };
        readonly Routing: {
            readonly title: "RoutingSpec";
            readonly description: "How clients reach the service: DNS records per region and the client library's defaults.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["hostname"];
            readonly properties: {
                readonly hostname: {
                    readonly description: "The name clients use, inside each region's DNS zone.";
                    readonly type: "string";
                    readonly format: "hostname";
                };
                readonly hostnames: {
                    readonly description: "Per-region hostname in place of hostname, for a region whose DNS zone is separate (such as an ICP-licensed zone in China). Regions with the same hostname share one record set; the client library fails over only within it.";
                    readonly type: "object";
                    readonly propertyNames: {
                        readonly format: "dns-label";
                    };
                    readonly additionalProperties: {
                        readonly type: "string";
                        readonly format: "hostname";
                    };
                };
                readonly policy: {
                    readonly description: "The DNS routing policy. Default latency.";
                    readonly enum: readonly ["latency", "failover", "weighted", "geolocation"];
                };
                readonly ttl: {
                    readonly description: "DNS record TTL in seconds. Default 60.";
                    readonly type: "integer";
                    readonly minimum: 1;
                    readonly maximum: 86400;
                };
                readonly timeout: {
                    readonly description: "Per-attempt request timeout for the client library, as a duration. Default 2s.";
                    readonly type: "string";
                    readonly format: "duration";
                };
                readonly retries: {
                    readonly description: "Retries of an idempotent request after the first attempt. Default 2.";
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 10;
                };
                readonly deadline: {
                    readonly description: "Total time the client library gives one request, every attempt and hedge included, as a duration. Default timeout × (retries + 1).";
                    readonly type: "string";
                    readonly format: "duration";
                };
                readonly hedge: {
                    readonly description: "Delay after which the client library also sends an idempotent request to the next region and takes the first answer, as a duration. Default: no hedging.";
                    readonly type: "string";
                    readonly format: "duration";
                };
                readonly failover: {
                    readonly description: "Regions in failover order. Policy failover: the first is PRIMARY, and more than two are nested through a DNSEndpoint carried by the first. Every policy: the client library's order after the caller's own region.";
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly uniqueItems: true;
                    readonly items: {
                        readonly type: "string";
                        readonly format: "dns-label";
                    };
                };
                readonly weights: {
                    readonly description: "Per-region weight, 0 to 255 (policy weighted). A region not listed weighs 100.";
                    readonly type: "object";
                    readonly propertyNames: {
                        readonly format: "dns-label";
                    };
                    readonly additionalProperties: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 255;
                    };
                };
                readonly shift: {
                    readonly description: "Policy weighted: the percentages of its weight a region gets when it joins the record set for the first time, one step per wave of the train (for example [10, 50, 100]). Steps must rise and the last should be 100.";
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly items: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly maximum: 100;
                    };
                };
                readonly geolocation: {
                    readonly description: "Per-region location the region answers for (policy geolocation).";
                    readonly type: "object";
                    readonly propertyNames: {
                        readonly format: "dns-label";
                    };
                    readonly additionalProperties: {
                        readonly title: "GeoLocation";
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly properties: {
                            readonly continent: {
                                readonly description: "Continent code (AF, AN, AS, EU, NA, OC, SA).";
                                readonly enum: readonly ["AF", "AN", "AS", "EU", "NA", "OC", "SA"];
                            };
                            readonly country: {
                                readonly description: "ISO 3166-1 alpha-2 country code, or * for the default record.";
                                readonly type: "string";
                                readonly pattern: "^([A-Z]{2}|\\*)$";
                            };
                            readonly subdivision: {
                                readonly description: "Subdivision code within the country (for example CA for California).";
                                readonly type: "string";
                                readonly pattern: "^[A-Z0-9]{1,3}$";
                            };
                        };
                    };
                };
                readonly alias: {
                    readonly description: "Publish ALIAS records to each region's load balancer, whose health Route 53 then evaluates (aws-evaluate-target-health). false publishes plain records, which need healthCheck.id for failover. Default true.";
                    readonly type: "boolean";
                };
                readonly healthCheck: {
                    readonly title: "HealthCheck";
                    readonly description: "The HTTP check that decides whether a region answers for the hostname.";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly path: {
                            readonly description: "Request path, starting with /.";
                            readonly type: "string";
                            readonly pattern: "^/";
                        };
                        readonly port: {
                            readonly description: "TCP port. Default 443.";
                            readonly type: "integer";
                            readonly minimum: 1;
                            readonly maximum: 65535;
                        };
                        readonly id: {
                            readonly description: "Per-region Route 53 health check ids, when the platform team created them.";
                            readonly type: "object";
                            readonly propertyNames: {
                                readonly format: "dns-label";
                            };
                            readonly additionalProperties: {
                                readonly type: "string";
                                readonly minLength: 1;
                            };
                        };
                    };
                };
            };
        };
        readonly Data: {
            readonly title: "DataSpec";
            readonly description: "The service's tables: where each table's source of truth lives, who may read which column, and where rows may be stored.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["engine"];
            readonly properties: {
                readonly engine: {
                    readonly description: "The database engine the migrations are compiled for.";
                    readonly enum: readonly ["postgres", "cockroachdb", "spanner", "cassandra"];
                };
                readonly migrations: {
                    readonly description: "Folder of hand-written SQL migrations, relative to the manifest, applied in name order.";
                    readonly type: "string";
                    readonly format: "relative-path";
                };
                readonly subjectRequests: {
                    readonly description: "Who may run data subject requests (export and erasure) through multiregion/data. Without it no role may.";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly required: readonly ["roles"];
                    readonly properties: {
                        readonly roles: {
                            readonly description: "Database roles that may export and erase a subject's rows. The migrations grant them what erasure needs (DELETE, or UPDATE of the personal columns for erase: nullify) on every table with a subject, and the subject request table; an export returns only the columns the role may read.";
                            readonly type: "array";
                            readonly minItems: 1;
                            readonly uniqueItems: true;
                            readonly items: {
                                readonly type: "string";
                                readonly format: "sql-identifier";
                            };
                        };
                    };
                };
                readonly tables: {
                    readonly description: "Tables by name.";
                    readonly type: "object";
                    readonly propertyNames: {
                        readonly format: "sql-identifier";
                    };
                    readonly additionalProperties: {
                        readonly $ref: "#/definitions/Table";
                    };
                };
            };
        };
        readonly Table: {
            readonly title: "TableSpec";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["home"];
            readonly properties: {
                readonly home: {
                    readonly description: "The region that holds the table's source of truth. One of spec.regions.";
                    readonly type: "string";
                    readonly format: "dns-label";
                };
                readonly locality: {
                    readonly description: "regional: rows live in the home region only; global: rows are replicated to every region; by-row: each row lives in the region named by its region column. Default regional.";
                    readonly enum: readonly ["regional", "global", "by-row"];
                };
                readonly residency: {
                    readonly description: "Jurisdictions (platform region jurisdictions, such as EU or US) the table's rows may be stored in.";
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly uniqueItems: true;
                    readonly items: {
                        readonly type: "string";
                        readonly pattern: "^[A-Z]{2,3}$";
                    };
                };
                readonly transfers: {
                    readonly description: "Jurisdictions outside residency whose regions may read the rows remotely: each is a declared transfer (EDPB Guidelines 05/2021 count remote access as one; PIPL article 38). multiregion/data refuses a read of the rows from any other jurisdiction.";
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly uniqueItems: true;
                    readonly items: {
                        readonly type: "string";
                        readonly pattern: "^[A-Z]{2,3}$";
                    };
                };
                readonly writers: {
                    readonly description: "Database roles that may insert, update and delete rows. The migrations grant them INSERT, UPDATE and DELETE, and SELECT on the unclassified columns (PostgreSQL requires SELECT on every column a WHERE reads); multiregion/data runs each write as the caller's role, so the grants check it.";
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly uniqueItems: true;
                    readonly items: {
                        readonly type: "string";
                        readonly format: "sql-identifier";
                    };
                };
                readonly retention: {
                    readonly description: "How long rows are kept, as a duration (for example 730d).";
                    readonly type: "string";
                    readonly format: "duration";
                };
                readonly subject: {
                    readonly description: "The column that names the person a row is about (the data subject), for data subject export and erasure through multiregion/data (GDPR articles 15 and 17, PIPL articles 45 and 47).";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly required: readonly ["column"];
                    readonly properties: {
                        readonly column: {
                            readonly description: "The column holding the subject's identifier, one of the table's columns.";
                            readonly type: "string";
                            readonly format: "sql-identifier";
                        };
                        readonly erase: {
                            readonly description: "delete: erasure deletes the subject's rows; nullify: erasure keeps the rows and sets their personal (user.*) columns to NULL, for records the law says to keep (invoices, for example). Default delete.";
                            readonly enum: readonly ["delete", "nullify"];
                        };
                    };
                };
                readonly expectedSize: {
                    readonly description: "Expected table size (for example 20GiB); used to warn about replicating large tables.";
                    readonly type: "string";
                    readonly format: "size";
                };
                readonly columns: {
                    readonly description: "Columns by name.";
                    readonly type: "object";
                    readonly propertyNames: {
                        readonly format: "sql-identifier";
                    };
                    readonly additionalProperties: {
                        readonly $ref: "#/definitions/Column";
                    };
                };
            };
        };
        readonly Column: {
            readonly title: "ColumnSpec";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["type"];
            readonly properties: {
                readonly type: {
                    readonly description: "SQL type, such as uuid, text, bigint or timestamptz.";
                    readonly type: "string";
                    readonly minLength: 1;
                };
                readonly primaryKey: {
                    readonly description: "Part of the primary key.";
                    readonly type: "boolean";
                };
                readonly nullable: {
                    readonly description: "Whether the column may be NULL. Default true unless it is part of the primary key.";
                    readonly type: "boolean";
                };
                readonly category: {
                    readonly description: "Data category from the Fides taxonomy, such as user.contact.email. Classified columns are checked against placement and readers.";
                    readonly type: "string";
                    readonly pattern: "^[a-z_]+(\\.[a-z_]+)*$";
                };
                readonly readers: {
                    readonly description: "Database roles allowed to read a classified column.";
                    readonly type: "array";
                    readonly uniqueItems: true;
                    readonly items: {
                        readonly type: "string";
                        readonly format: "sql-identifier";
                    };
                };
            };
        };
    };
};
/**
 * A fixed number of pods (no autoscaler). Set replicas or autoscaling, not both.
 */
export type CapacityReplicas = number;
/**
 * Requests per second one pod serves at its target utilisation; with rps, it turns replicas into traffic for the failover headroom check.
 */
export type CapacityPerPodRps = number;
/**
 * The region's expected peak traffic in requests per second, before any failover.
 */
export type CapacityRps = number;
/**
 * A service's multiregion.yaml: which regions it runs in, how releases travel between them, how traffic is routed and where its data lives.
 */
export interface ServiceManifest {
    /**
     * Version of this file's format.
     */
    apiVersion: 'multiregion.dev/v1';
    /**
     * Always Service for a service manifest.
     */
    kind: 'Service';
    metadata: ServiceMetadata;
    spec: ServiceSpec;
}
/**
 * Who the service is and who owns it.
 */
export interface ServiceMetadata {
    /**
     * The service's name: a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters). It names the service's folder in the environments repository.
     */
    name: string;
    /**
     * The team that owns the service; shown in plans and pull requests.
     */
    team?: string;
    /**
     * Free-form labels copied onto the promotion pull requests.
     */
    labels?: {
        [k: string]: string;
    };
}
/**
 * What the service runs, where, and how releases, traffic and data move between regions.
 */
export interface ServiceSpec {
    /**
     * The container image repository, without a tag or digest (for example ghcr.io/acme/checkout). The release names the tag or digest.
     */
    image: string;
    /**
     * The platform regions the service runs in. Each must be defined in platform.yaml.
     *
     * @minItems 1
     */
    regions: string[];
    train?: TrainSpec;
    routing?: RoutingSpec;
    data?: DataSpec;
    capacity?: CapacitySpec;
}
/**
 * How a release travels from region to region.
 */
export interface TrainSpec {
    /**
     * Regions promoted together, in order. Each region of spec.regions appears exactly once. Default: one region a wave, in the order of spec.regions.
     *
     * @minItems 1
     */
    waves?: string[][];
    /**
     * Approvals each promotion pull request needs before it merges. The platform may require more for a region. Default 1.
     */
    approvals?: number;
    /**
     * How long a wave must stay healthy before the next wave opens, as a duration (30s, 10m, 1h). Default 10m.
     */
    bake?: string;
    /**
     * How long Argo CD may take to sync and report healthy after a merge before the wave fails. Default 30m.
     */
    timeout?: string;
    /**
     * What a failed wave does: rollback (revert every region this train promoted) or halt (stop and leave the regions as they are). Default rollback.
     */
    onFailure?: 'rollback' | 'halt';
    /**
     * Metric checks that decide each region's bake: when the bake ends the train runs each PromQL query against the region's Prometheus (platform regions.<name>.prometheus.url). A value above max or below min fails the region, which rolls back as an unhealthy app does; a query with no data, or a Prometheus that does not answer, halts the train: it never passes. docs/bakes.md has an example.
     */
    checks?: MetricCheckSpec[];
}
export interface MetricCheckSpec {
    /**
     * The check's name, as the status, the job summary and the PR's marker show it.
     */
    name: string;
    /**
     * An instant PromQL query; {region} is replaced by the region's name, as in the label matcher region="{region}". Several series: the worst value counts.
     */
    query: string;
    /**
     * The value passes when at most this.
     */
    max?: number;
    /**
     * The value passes when at least this.
     */
    min?: number;
}
/**
 * How clients reach the service: DNS records per region and the client library's defaults.
 */
export interface RoutingSpec {
    /**
     * The name clients use, inside each region's DNS zone.
     */
    hostname: string;
    /**
     * Per-region hostname in place of hostname, for a region whose DNS zone is separate (such as an ICP-licensed zone in China). Regions with the same hostname share one record set; the client library fails over only within it.
     */
    hostnames?: {
        [k: string]: string;
    };
    /**
     * The DNS routing policy. Default latency.
     */
    policy?: 'latency' | 'failover' | 'weighted' | 'geolocation';
    /**
     * DNS record TTL in seconds. Default 60.
     */
    ttl?: number;
    /**
     * Per-attempt request timeout for the client library, as a duration. Default 2s.
     */
    timeout?: string;
    /**
     * Retries of an idempotent request after the first attempt. Default 2.
     */
    retries?: number;
    /**
     * Total time the client library gives one request, every attempt and hedge included, as a duration. Default timeout × (retries + 1).
     */
    deadline?: string;
    /**
     * Delay after which the client library also sends an idempotent request to the next region and takes the first answer, as a duration. Default: no hedging.
     */
    hedge?: string;
    /**
     * Regions in failover order. Policy failover: the first is PRIMARY, and more than two are nested through a DNSEndpoint carried by the first. Every policy: the client library's order after the caller's own region.
     *
     * @minItems 1
     */
    failover?: string[];
    /**
     * Per-region weight, 0 to 255 (policy weighted). A region not listed weighs 100.
     */
    weights?: {
        [k: string]: number;
    };
    /**
     * Policy weighted: the percentages of its weight a region gets when it joins the record set for the first time, one step per wave of the train (for example [10, 50, 100]). Steps must rise and the last should be 100.
     *
     * @minItems 1
     */
    shift?: number[];
    /**
     * Per-region location the region answers for (policy geolocation).
     */
    geolocation?: {
        [k: string]: GeoLocation;
    };
    /**
     * Publish ALIAS records to each region's load balancer, whose health Route 53 then evaluates (aws-evaluate-target-health). false publishes plain records, which need healthCheck.id for failover. Default true.
     */
    alias?: boolean;
    healthCheck?: HealthCheck;
}
export interface GeoLocation {
    /**
     * Continent code (AF, AN, AS, EU, NA, OC, SA).
     */
    continent?: 'AF' | 'AN' | 'AS' | 'EU' | 'NA' | 'OC' | 'SA';
    /**
     * ISO 3166-1 alpha-2 country code, or * for the default record.
     */
    country?: string;
    /**
     * Subdivision code within the country (for example CA for California).
     */
    subdivision?: string;
}
/**
 * The HTTP check that decides whether a region answers for the hostname.
 */
export interface HealthCheck {
    /**
     * Request path, starting with /.
     */
    path?: string;
    /**
     * TCP port. Default 443.
     */
    port?: number;
    /**
     * Per-region Route 53 health check ids, when the platform team created them.
     */
    id?: {
        [k: string]: string;
    };
}
/**
 * The service's tables: where each table's source of truth lives, who may read which column, and where rows may be stored.
 */
export interface DataSpec {
    /**
     * The database engine the migrations are compiled for.
     */
    engine: 'postgres' | 'cockroachdb' | 'spanner' | 'cassandra';
    /**
     * Folder of hand-written SQL migrations, relative to the manifest, applied in name order.
     */
    migrations?: string;
    /**
     * Who may run data subject requests (export and erasure) through multiregion/data. Without it no role may.
     */
    subjectRequests?: {
        /**
         * Database roles that may export and erase a subject's rows. The migrations grant them what erasure needs (DELETE, or UPDATE of the personal columns for erase: nullify) on every table with a subject, and the subject request table; an export returns only the columns the role may read.
         *
         * @minItems 1
         */
        roles: string[];
    };
    /**
     * Tables by name.
     */
    tables?: {
        [k: string]: TableSpec;
    };
}
export interface TableSpec {
    /**
     * The region that holds the table's source of truth. One of spec.regions.
     */
    home: string;
    /**
     * regional: rows live in the home region only; global: rows are replicated to every region; by-row: each row lives in the region named by its region column. Default regional.
     */
    locality?: 'regional' | 'global' | 'by-row';
    /**
     * Jurisdictions (platform region jurisdictions, such as EU or US) the table's rows may be stored in.
     *
     * @minItems 1
     */
    residency?: string[];
    /**
     * Jurisdictions outside residency whose regions may read the rows remotely: each is a declared transfer (EDPB Guidelines 05/2021 count remote access as one; PIPL article 38). multiregion/data refuses a read of the rows from any other jurisdiction.
     *
     * @minItems 1
     */
    transfers?: string[];
    /**
     * Database roles that may insert, update and delete rows. The migrations grant them INSERT, UPDATE and DELETE, and SELECT on the unclassified columns (PostgreSQL requires SELECT on every column a WHERE reads); multiregion/data runs each write as the caller's role, so the grants check it.
     *
     * @minItems 1
     */
    writers?: string[];
    /**
     * How long rows are kept, as a duration (for example 730d).
     */
    retention?: string;
    /**
     * The column that names the person a row is about (the data subject), for data subject export and erasure through multiregion/data (GDPR articles 15 and 17, PIPL articles 45 and 47).
     */
    subject?: {
        /**
         * The column holding the subject's identifier, one of the table's columns.
         */
        column: string;
        /**
         * delete: erasure deletes the subject's rows; nullify: erasure keeps the rows and sets their personal (user.*) columns to NULL, for records the law says to keep (invoices, for example). Default delete.
         */
        erase?: 'delete' | 'nullify';
    };
    /**
     * Expected table size (for example 20GiB); used to warn about replicating large tables.
     */
    expectedSize?: string;
    /**
     * Columns by name.
     */
    columns?: {
        [k: string]: ColumnSpec;
    };
}
export interface ColumnSpec {
    /**
     * SQL type, such as uuid, text, bigint or timestamptz.
     */
    type: string;
    /**
     * Part of the primary key.
     */
    primaryKey?: boolean;
    /**
     * Whether the column may be NULL. Default true unless it is part of the primary key.
     */
    nullable?: boolean;
    /**
     * Data category from the Fides taxonomy, such as user.contact.email. Classified columns are checked against placement and readers.
     */
    category?: string;
    /**
     * Database roles allowed to read a classified column.
     */
    readers?: string[];
}
/**
 * How much of the service each region runs: a fixed replica count or autoscaling bounds, the requests of each pod, a disruption budget, and the traffic figures the failover headroom check reads. `plan` writes it into each region's folder as a HorizontalPodAutoscaler, a PodDisruptionBudget and a Deployment patch; docs/capacity.md has an example and the failover model.
 */
export interface CapacitySpec {
    replicas?: CapacityReplicas;
    autoscaling?: CapacityAutoscaling;
    requests?: CapacityRequests;
    disruptionBudget?: CapacityDisruptionBudget;
    perPodRps?: CapacityPerPodRps;
    rps?: CapacityRps;
    /**
     * The Deployment the capacity applies to. Default: the service's name.
     */
    deployment?: string;
    /**
     * The container of that Deployment whose requests are set. Default: the service's name.
     */
    container?: string;
    /**
     * Labels of the service's pods, which the PodDisruptionBudget selects. Default app.kubernetes.io/name: <service>.
     */
    selector?: {
        [k: string]: string;
    };
    /**
     * Per-region overrides of replicas, autoscaling, requests, disruptionBudget, perPodRps and rps.
     */
    regions?: {
        [k: string]: CapacityOverride;
    };
}
/**
 * HorizontalPodAutoscaler bounds (autoscaling/v2), scaling on CPU utilisation.
 */
export interface CapacityAutoscaling {
    /**
     * minReplicas.
     */
    min: number;
    /**
     * maxReplicas; at least min.
     */
    max: number;
    /**
     * Target average CPU utilisation, in percent of the requests. Default 70.
     */
    cpuUtilization?: number;
}
/**
 * Resource requests of one pod, as Kubernetes quantities.
 */
export interface CapacityRequests {
    /**
     * CPU, such as 250m or 2.
     */
    cpu: string;
    /**
     * Memory, such as 512Mi or 2Gi.
     */
    memory: string;
}
/**
 * A PodDisruptionBudget (policy/v1): minAvailable or maxUnavailable, as a count or a percentage ("50%").
 */
export interface CapacityDisruptionBudget {
    /**
     * Pods that must stay up during a voluntary disruption (a node drain), as a count or a percentage.
     */
    minAvailable?: number | string;
    /**
     * Pods a voluntary disruption may take down at once, as a count or a percentage.
     */
    maxUnavailable?: number | string;
}
export interface CapacityOverride {
    replicas?: CapacityReplicas;
    autoscaling?: CapacityAutoscaling;
    requests?: CapacityRequests;
    disruptionBudget?: CapacityDisruptionBudget;
    perPodRps?: CapacityPerPodRps;
    rps?: CapacityRps;
}
/** schema/platform.schema.json */
export declare const platformSchema: {
    readonly $schema: "http://json-schema.org/draft-07/schema#";
    readonly $id: "https://multiregion.dev/schema/platform.schema.json";
    readonly title: "PlatformConfig";
    readonly description: "The environments repository's platform.yaml: what each region really is, written once by the platform team.";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["apiVersion", "kind", "spec"];
    readonly properties: {
        readonly apiVersion: {
            readonly description: "Version of this file's format.";
            readonly const: "multiregion.dev/v1";
        };
        readonly kind: {
            readonly description: "Always Platform for the platform config.";
            readonly const: "Platform";
        };
        readonly metadata: {
            readonly title: "PlatformMetadata";
            readonly description: "About this platform config.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly name: {
                    readonly description: "A name for this platform, shown in plans.";
                    readonly type: "string";
                    readonly minLength: 1;
                };
            };
        };
        readonly spec: {
            readonly title: "PlatformSpec";
            readonly description: "What each region is and where services' files live.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["layout", "regions"];
            readonly properties: {
                readonly layout: {
                    readonly $ref: "#/definitions/Layout";
                };
                readonly rollback: {
                    readonly title: "RollbackPolicy";
                    readonly description: "How rollback PRs are gated. A rollback restores a version that ran before, so it may need fewer approvals than a promotion.";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly approvals: {
                            readonly description: "Approvals a rollback PR needs before it merges, when it rolls the region back to a version the region ran before: its image pin at a commit of the default branch's first-parent history, or a toolkit promotion of the region that merged and that the toolkit recorded healthy (a pin that only passed through a merged side branch does not count); a rollback to any other version needs the region's promotion approvals. Default 0: a failed train rolls back without waiting for people.";
                            readonly type: "integer";
                            readonly minimum: 0;
                            readonly maximum: 10;
                        };
                    };
                };
                readonly compliance: {
                    readonly description: "Compliance rule packs enabled for every service.";
                    readonly type: "array";
                    readonly uniqueItems: true;
                    readonly items: {
                        readonly enum: readonly ["gdpr", "pipl"];
                    };
                };
                readonly routing: {
                    readonly title: "PlatformRouting";
                    readonly description: "Routing rules for every service.";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly failoverWithin: {
                            readonly description: "Jurisdictions whose regions may fail over only to regions in the same jurisdiction, such as [CN].";
                            readonly type: "array";
                            readonly uniqueItems: true;
                            readonly items: {
                                readonly type: "string";
                                readonly pattern: "^[A-Z]{2,3}$";
                            };
                        };
                        readonly allowFailoverAbroad: {
                            readonly description: "Jurisdictions whose regions may fail over abroad, and receive failover from abroad, although a compliance pack forbids it by default (the pipl pack confines CN). Only with the legal sign-off the pack asks for.";
                            readonly type: "array";
                            readonly uniqueItems: true;
                            readonly items: {
                                readonly type: "string";
                                readonly pattern: "^[A-Z]{2,3}$";
                            };
                        };
                        readonly mesh: {
                            readonly description: "The service mesh the clusters run, so every service's routing rules (timeouts, retries, failover order) are also written as its configuration: istio (ServiceEntry, DestinationRule and VirtualService in istio.yaml), linkerd (a ServiceProfile in serviceprofile.yaml) or none. A region's own mesh overrides it. Default none.";
                            readonly enum: readonly ["istio", "linkerd", "none"];
                        };
                    };
                };
                readonly spanner: {
                    readonly title: "SpannerTarget";
                    readonly description: "Where services with engine spanner keep their database: one Cloud Spanner instance across regions, a database per service (named after it). The data map carries these names to multiregion/data; credentials come from the environment (Application Default Credentials), never from here.";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly required: readonly ["project", "instance"];
                    readonly properties: {
                        readonly project: {
                            readonly description: "The Google Cloud project of the instance.";
                            readonly type: "string";
                            readonly pattern: "^[a-z][a-z0-9-]{4,28}[a-z0-9]$";
                        };
                        readonly instance: {
                            readonly description: "The Spanner instance id; its instance configuration decides where regional and global tables are stored.";
                            readonly type: "string";
                            readonly pattern: "^[a-z][a-z0-9-]{0,62}[a-z0-9]$";
                        };
                    };
                };
                readonly databaseClusterWithin: {
                    readonly description: "Jurisdictions whose regions run a database cluster of their own when a service's engine is one cluster across regions (cockroachdb, spanner, cassandra), such as [CN]. Without it, the pipl pack refuses personal data homed in CN on such an engine (pipl-cluster-abroad): any node abroad can read rows placed in CN, and remote access is a transfer (PIPL art. 38).";
                    readonly type: "array";
                    readonly uniqueItems: true;
                    readonly items: {
                        readonly type: "string";
                        readonly pattern: "^[A-Z]{2,3}$";
                    };
                };
                readonly complianceRules: {
                    readonly description: "The platform's own data rules, checked with the packs: columns of the given data categories may only be stored in the given jurisdictions.";
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/definitions/ComplianceRule";
                    };
                };
                readonly databaseRoles: {
                    readonly description: "The database roles the platform provides. A manifest `readers` entry naming any other role is a warning (data-undeclared-reader) with the nearest declared name, so a typo does not silently create a new role.";
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly maxLength: 63;
                    };
                    readonly uniqueItems: true;
                };
                readonly regions: {
                    readonly description: "Regions by name (DNS-1123 labels).";
                    readonly type: "object";
                    readonly minProperties: 1;
                    readonly propertyNames: {
                        readonly format: "dns-label";
                    };
                    readonly additionalProperties: {
                        readonly $ref: "#/definitions/Region";
                    };
                };
            };
        };
    };
    readonly definitions: {
        readonly ComplianceRule: {
            readonly title: "ComplianceRule";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["id", "categories", "jurisdictions"];
            readonly properties: {
                readonly id: {
                    readonly description: "A stable id; findings carry the rule custom-<id>.";
                    readonly type: "string";
                    readonly format: "dns-label";
                };
                readonly categories: {
                    readonly description: "Fides data categories the rule covers, each with everything under it (user.health_and_medical covers user.health_and_medical.*).";
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly items: {
                        readonly type: "string";
                        readonly pattern: "^[a-z_]+(\\.[a-z_]+)*$";
                    };
                };
                readonly jurisdictions: {
                    readonly description: "Where columns of these categories may be stored.";
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly uniqueItems: true;
                    readonly items: {
                        readonly type: "string";
                        readonly pattern: "^[A-Z]{2,3}$";
                    };
                };
                readonly severity: {
                    readonly description: "Default error; a warning does not block migrate.";
                    readonly enum: readonly ["error", "warning"];
                };
                readonly message: {
                    readonly description: "Why the rule exists, appended to its findings (a policy or ticket reference).";
                    readonly type: "string";
                    readonly minLength: 1;
                };
            };
        };
        readonly Layout: {
            readonly title: "Layout";
            readonly description: "Where each service's files live in the environments repository and how its image is pinned.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["path"];
            readonly properties: {
                readonly path: {
                    readonly description: "Folder of one service in one region, relative to the repository root, with the placeholders {region} and {service}.";
                    readonly type: "string";
                    readonly format: "path-template";
                };
                readonly image: {
                    readonly description: "How the image is pinned: kustomize (images[].newTag or digest in kustomization.yaml) or helm (image.tag in the values file). Default kustomize.";
                    readonly enum: readonly ["kustomize", "helm"];
                };
                readonly valuesFile: {
                    readonly description: "The Helm values file inside the folder. Default values.yaml.";
                    readonly type: "string";
                    readonly format: "relative-path";
                };
                readonly services: {
                    readonly description: "Per-service exceptions to the layout, by service name.";
                    readonly type: "object";
                    readonly propertyNames: {
                        readonly format: "dns-label";
                    };
                    readonly additionalProperties: {
                        readonly title: "LayoutOverride";
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly properties: {
                            readonly path: {
                                readonly description: "Folder template for this service.";
                                readonly type: "string";
                                readonly format: "path-template";
                            };
                            readonly image: {
                                readonly description: "How this service's image is pinned.";
                                readonly enum: readonly ["kustomize", "helm"];
                            };
                            readonly valuesFile: {
                                readonly description: "This service's Helm values file.";
                                readonly type: "string";
                                readonly format: "relative-path";
                            };
                        };
                    };
                };
            };
        };
        readonly Region: {
            readonly title: "Region";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["location", "jurisdiction", "argocd"];
            readonly properties: {
                readonly location: {
                    readonly description: "The cloud location, such as us-east-1 or eu-north-1.";
                    readonly type: "string";
                    readonly minLength: 1;
                };
                readonly jurisdiction: {
                    readonly description: "The legal jurisdiction of the region's data, such as US, EU or CN.";
                    readonly type: "string";
                    readonly pattern: "^[A-Z]{2,3}$";
                };
                readonly quota: {
                    readonly title: "RegionQuota";
                    readonly description: "What every service of the environments repository may request together in this region, as a ResourceQuota's requests.cpu and requests.memory would: the plan sums each service's maximum (max replicas × requests per pod) and refuses a service that would go over (docs/capacity.md).";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly cpu: {
                            readonly type: "string";
                            readonly pattern: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$";
                        };
                        readonly memory: {
                            readonly type: "string";
                            readonly pattern: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$";
                        };
                    };
                };
                readonly approvals: {
                    readonly description: "Minimum approvals for a promotion into this region, whatever a manifest asks.";
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 10;
                };
                readonly argocd: {
                    readonly title: "ArgoCDTarget";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly required: readonly ["server"];
                    readonly properties: {
                        readonly server: {
                            readonly description: "The region's Argo CD API server (https URL).";
                            readonly type: "string";
                            readonly format: "uri";
                        };
                        readonly app: {
                            readonly description: "The Application's name, with the placeholders {service} and {region}. Default {service}-{region}.";
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                        readonly project: {
                            readonly description: "The Argo CD project. Default default.";
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                        readonly tokenSecret: {
                            readonly description: "The name of the secret (environment variable) holding an Argo CD API token for this region: `applications, get` (refresh included), and `applications, sync` when the train syncs (sync: explicit, or an Application without automated sync). Default ARGOCD_TOKEN.";
                            readonly type: "string";
                            readonly pattern: "^[A-Z_][A-Z0-9_]*$";
                        };
                        readonly sync: {
                            readonly description: "How a merged promotion reaches the cluster. auto (default): the train asks Argo CD to refresh, and the Application's automated sync deploys the branch HEAD it resolves; an Application without spec.syncPolicy.automated is synced to the merge commit through the API. explicit: the train always syncs the merge commit through the API (as Kargo's argocd-update step does); the token then needs `applications, sync`.";
                            readonly enum: readonly ["auto", "explicit"];
                        };
                        readonly acceptSuspended: {
                            readonly description: "Count health Suspended (a paused rollout, a suspended CronJob) as a healthy end of the wait, as `argocd app wait --suspended` does. Default false: Suspended waits until the timeout.";
                            readonly type: "boolean";
                        };
                    };
                };
                readonly prometheus: {
                    readonly title: "PrometheusTarget";
                    readonly description: "The region's Prometheus, which the services' spec.train.checks are queried against when each bake ends (docs/bakes.md). Example: {url: http://prometheus.monitoring.eu-west.internal:9090}.";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly required: readonly ["url"];
                    readonly properties: {
                        readonly url: {
                            readonly description: "The Prometheus HTTP API's base URL; the train asks GET <url>/api/v1/query.";
                            readonly type: "string";
                            readonly format: "uri";
                        };
                    };
                };
                readonly dns: {
                    readonly title: "DNSSettings";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly required: readonly ["provider", "zone"];
                    readonly properties: {
                        readonly provider: {
                            readonly description: "The ExternalDNS provider serving the zone.";
                            readonly enum: readonly ["aws", "google", "azure", "cloudflare", "k8gb"];
                        };
                        readonly zone: {
                            readonly description: "The DNS zone services' hostnames must sit in.";
                            readonly type: "string";
                            readonly format: "hostname";
                        };
                        readonly annotationPrefix: {
                            readonly description: "ExternalDNS annotation prefix: external-dns.kubernetes.io/ from ExternalDNS 0.22, external-dns.alpha.kubernetes.io/ before. Default external-dns.kubernetes.io/.";
                            readonly type: "string";
                            readonly pattern: "^[a-z0-9.-]+/$";
                        };
                        readonly endpoint: {
                            readonly description: "How clients reach one service in this region directly, past the shared record: a URL with the placeholders {service}, {region} and {zone}, whose names the platform publishes (for example a wildcard record per cluster). Default https://{service}.{region}.{zone}.";
                            readonly type: "string";
                            readonly pattern: "^https?://";
                        };
                    };
                };
                readonly mesh: {
                    readonly description: "The service mesh this region's clusters run, when it differs from spec.routing.mesh.";
                    readonly enum: readonly ["istio", "linkerd", "none"];
                };
                readonly database: {
                    readonly title: "DatabaseTarget";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly required: readonly ["secret"];
                    readonly properties: {
                        readonly secret: {
                            readonly description: "The name of the secret (environment variable) holding the region's database URL.";
                            readonly type: "string";
                            readonly pattern: "^[A-Z_][A-Z0-9_]*$";
                        };
                        readonly replication: {
                            readonly title: "ReplicationLogin";
                            readonly description: "PostgreSQL logical replication without a password in any statement. `user`: the role (LOGIN REPLICATION, created by the platform team) that other regions' subscriptions connect to this region's database as; it is granted SELECT on exactly the published columns. `passfile`: the path, on this region's database server, of the libpq password file its subscriptions read the publishers' passwords from (default: ~/.pgpass of the server's OS user).";
                            readonly type: "object";
                            readonly additionalProperties: false;
                            readonly properties: {
                                readonly user: {
                                    readonly type: "string";
                                    readonly minLength: 1;
                                    readonly maxLength: 63;
                                };
                                readonly passfile: {
                                    readonly type: "string";
                                    readonly pattern: "^/";
                                };
                            };
                        };
                    };
                };
            };
        };
    };
};
/**
 * The environments repository's platform.yaml: what each region really is, written once by the platform team.
 */
export interface PlatformConfig {
    /**
     * Version of this file's format.
     */
    apiVersion: 'multiregion.dev/v1';
    /**
     * Always Platform for the platform config.
     */
    kind: 'Platform';
    metadata?: PlatformMetadata;
    spec: PlatformSpec;
}
/**
 * About this platform config.
 */
export interface PlatformMetadata {
    /**
     * A name for this platform, shown in plans.
     */
    name?: string;
}
/**
 * What each region is and where services' files live.
 */
export interface PlatformSpec {
    layout: Layout;
    rollback?: RollbackPolicy;
    /**
     * Compliance rule packs enabled for every service.
     */
    compliance?: ('gdpr' | 'pipl')[];
    routing?: PlatformRouting;
    spanner?: SpannerTarget;
    /**
     * Jurisdictions whose regions run a database cluster of their own when a service's engine is one cluster across regions (cockroachdb, spanner, cassandra), such as [CN]. Without it, the pipl pack refuses personal data homed in CN on such an engine (pipl-cluster-abroad): any node abroad can read rows placed in CN, and remote access is a transfer (PIPL art. 38).
     */
    databaseClusterWithin?: string[];
    /**
     * The platform's own data rules, checked with the packs: columns of the given data categories may only be stored in the given jurisdictions.
     */
    complianceRules?: ComplianceRule[];
    /**
     * The database roles the platform provides. A manifest `readers` entry naming any other role is a warning (data-undeclared-reader) with the nearest declared name, so a typo does not silently create a new role.
     */
    databaseRoles?: string[];
    /**
     * Regions by name (DNS-1123 labels).
     */
    regions: {
        [k: string]: Region;
    };
}
/**
 * Where each service's files live in the environments repository and how its image is pinned.
 */
export interface Layout {
    /**
     * Folder of one service in one region, relative to the repository root, with the placeholders {region} and {service}.
     */
    path: string;
    /**
     * How the image is pinned: kustomize (images[].newTag or digest in kustomization.yaml) or helm (image.tag in the values file). Default kustomize.
     */
    image?: 'kustomize' | 'helm';
    /**
     * The Helm values file inside the folder. Default values.yaml.
     */
    valuesFile?: string;
    /**
     * Per-service exceptions to the layout, by service name.
     */
    services?: {
        [k: string]: LayoutOverride;
    };
}
export interface LayoutOverride {
    /**
     * Folder template for this service.
     */
    path?: string;
    /**
     * How this service's image is pinned.
     */
    image?: 'kustomize' | 'helm';
    /**
     * This service's Helm values file.
     */
    valuesFile?: string;
}
/**
 * How rollback PRs are gated. A rollback restores a version that ran before, so it may need fewer approvals than a promotion.
 */
export interface RollbackPolicy {
    /**
     * Approvals a rollback PR needs before it merges, when it rolls the region back to a version the region ran before: its image pin at a commit of the default branch's first-parent history, or a toolkit promotion of the region that merged and that the toolkit recorded healthy (a pin that only passed through a merged side branch does not count); a rollback to any other version needs the region's promotion approvals. Default 0: a failed train rolls back without waiting for people.
     */
    approvals?: number;
}
/**
 * Routing rules for every service.
 */
export interface PlatformRouting {
    /**
     * Jurisdictions whose regions may fail over only to regions in the same jurisdiction, such as [CN].
     */
    failoverWithin?: string[];
    /**
     * Jurisdictions whose regions may fail over abroad, and receive failover from abroad, although a compliance pack forbids it by default (the pipl pack confines CN). Only with the legal sign-off the pack asks for.
     */
    allowFailoverAbroad?: string[];
    /**
     * The service mesh the clusters run, so every service's routing rules (timeouts, retries, failover order) are also written as its configuration: istio (ServiceEntry, DestinationRule and VirtualService in istio.yaml), linkerd (a ServiceProfile in serviceprofile.yaml) or none. A region's own mesh overrides it. Default none.
     */
    mesh?: 'istio' | 'linkerd' | 'none';
}
/**
 * Where services with engine spanner keep their database: one Cloud Spanner instance across regions, a database per service (named after it). The data map carries these names to multiregion/data; credentials come from the environment (Application Default Credentials), never from here.
 */
export interface SpannerTarget {
    /**
     * The Google Cloud project of the instance.
     */
    project: string;
    /**
     * The Spanner instance id; its instance configuration decides where regional and global tables are stored.
     */
    instance: string;
}
export interface ComplianceRule {
    /**
     * A stable id; findings carry the rule custom-<id>.
     */
    id: string;
    /**
     * Fides data categories the rule covers, each with everything under it (user.health_and_medical covers user.health_and_medical.*).
     *
     * @minItems 1
     */
    categories: string[];
    /**
     * Where columns of these categories may be stored.
     *
     * @minItems 1
     */
    jurisdictions: string[];
    /**
     * Default error; a warning does not block migrate.
     */
    severity?: 'error' | 'warning';
    /**
     * Why the rule exists, appended to its findings (a policy or ticket reference).
     */
    message?: string;
}
export interface Region {
    /**
     * The cloud location, such as us-east-1 or eu-north-1.
     */
    location: string;
    /**
     * The legal jurisdiction of the region's data, such as US, EU or CN.
     */
    jurisdiction: string;
    quota?: RegionQuota;
    /**
     * Minimum approvals for a promotion into this region, whatever a manifest asks.
     */
    approvals?: number;
    argocd: ArgoCDTarget;
    prometheus?: PrometheusTarget;
    dns?: DNSSettings;
    /**
     * The service mesh this region's clusters run, when it differs from spec.routing.mesh.
     */
    mesh?: 'istio' | 'linkerd' | 'none';
    database?: DatabaseTarget;
}
/**
 * What every service of the environments repository may request together in this region, as a ResourceQuota's requests.cpu and requests.memory would: the plan sums each service's maximum (max replicas × requests per pod) and refuses a service that would go over (docs/capacity.md).
 */
export interface RegionQuota {
    cpu?: string;
    memory?: string;
}
export interface ArgoCDTarget {
    /**
     * The region's Argo CD API server (https URL).
     */
    server: string;
    /**
     * The Application's name, with the placeholders {service} and {region}. Default {service}-{region}.
     */
    app?: string;
    /**
     * The Argo CD project. Default default.
     */
    project?: string;
    /**
     * The name of the secret (environment variable) holding an Argo CD API token for this region: `applications, get` (refresh included), and `applications, sync` when the train syncs (sync: explicit, or an Application without automated sync). Default ARGOCD_TOKEN.
     */
    tokenSecret?: string;
    /**
     * How a merged promotion reaches the cluster. auto (default): the train asks Argo CD to refresh, and the Application's automated sync deploys the branch HEAD it resolves; an Application without spec.syncPolicy.automated is synced to the merge commit through the API. explicit: the train always syncs the merge commit through the API (as Kargo's argocd-update step does); the token then needs `applications, sync`.
     */
    sync?: 'auto' | 'explicit';
    /**
     * Count health Suspended (a paused rollout, a suspended CronJob) as a healthy end of the wait, as `argocd app wait --suspended` does. Default false: Suspended waits until the timeout.
     */
    acceptSuspended?: boolean;
}
/**
 * The region's Prometheus, which the services' spec.train.checks are queried against when each bake ends (docs/bakes.md). Example: {url: http://prometheus.monitoring.eu-west.internal:9090}.
 */
export interface PrometheusTarget {
    /**
     * The Prometheus HTTP API's base URL; the train asks GET <url>/api/v1/query.
     */
    url: string;
}
export interface DNSSettings {
    /**
     * The ExternalDNS provider serving the zone.
     */
    provider: 'aws' | 'google' | 'azure' | 'cloudflare' | 'k8gb';
    /**
     * The DNS zone services' hostnames must sit in.
     */
    zone: string;
    /**
     * ExternalDNS annotation prefix: external-dns.kubernetes.io/ from ExternalDNS 0.22, external-dns.alpha.kubernetes.io/ before. Default external-dns.kubernetes.io/.
     */
    annotationPrefix?: string;
    /**
     * How clients reach one service in this region directly, past the shared record: a URL with the placeholders {service}, {region} and {zone}, whose names the platform publishes (for example a wildcard record per cluster). Default https://{service}.{region}.{zone}.
     */
    endpoint?: string;
}
export interface DatabaseTarget {
    /**
     * The name of the secret (environment variable) holding the region's database URL.
     */
    secret: string;
    replication?: ReplicationLogin;
}
/**
 * PostgreSQL logical replication without a password in any statement. `user`: the role (LOGIN REPLICATION, created by the platform team) that other regions' subscriptions connect to this region's database as; it is granted SELECT on exactly the published columns. `passfile`: the path, on this region's database server, of the libpq password file its subscriptions read the publishers' passwords from (default: ~/.pgpass of the server's OS user).
 */
export interface ReplicationLogin {
    user?: string;
    passfile?: string;
}
/** schema/plan.schema.json */
export declare const planSchema: {
    readonly $schema: "http://json-schema.org/draft-07/schema#";
    readonly $id: "https://multiregion.dev/schema/plan.schema.json";
    readonly title: "Plan";
    readonly description: "The output of `multiregion plan --format json`: what a release would change in every region. A public contract: fields are only added within a planVersion.";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["planVersion", "service", "release", "train", "regions", "findings", "summary"];
    readonly properties: {
        readonly planVersion: {
            readonly description: "The version of this format. Tools must check it.";
            readonly const: 1;
        };
        readonly service: {
            readonly title: "PlanService";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["name", "image", "manifest"];
            readonly properties: {
                readonly name: {
                    readonly description: "metadata.name of the manifest.";
                    readonly type: "string";
                };
                readonly team: {
                    readonly description: "metadata.team of the manifest.";
                    readonly type: "string";
                };
                readonly image: {
                    readonly description: "spec.image of the manifest.";
                    readonly type: "string";
                };
                readonly manifest: {
                    readonly description: "The manifest file the plan was made from, as given.";
                    readonly type: "string";
                };
            };
        };
        readonly release: {
            readonly title: "PlanRelease";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["ref"];
            readonly properties: {
                readonly ref: {
                    readonly description: "The release as given on the command line.";
                    readonly type: "string";
                };
                readonly tag: {
                    readonly description: "The image tag the release pins, when it is a tag.";
                    readonly type: "string";
                };
                readonly digest: {
                    readonly description: "The image digest the release pins (sha256:...), when it is a digest.";
                    readonly type: "string";
                };
            };
        };
        readonly train: {
            readonly title: "PlanTrain";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["approvals", "bakeSeconds", "timeoutSeconds", "onFailure", "waves"];
            readonly properties: {
                readonly approvals: {
                    readonly description: "Approvals the manifest asks for on every promotion PR.";
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly bakeSeconds: {
                    readonly description: "Seconds a wave stays healthy before the next opens.";
                    readonly type: "number";
                    readonly minimum: 0;
                };
                readonly timeoutSeconds: {
                    readonly description: "Seconds Argo CD may take to sync and report healthy.";
                    readonly type: "number";
                    readonly minimum: 0;
                };
                readonly onFailure: {
                    readonly enum: readonly ["rollback", "halt"];
                };
                readonly waves: {
                    readonly description: "Waves in order.";
                    readonly type: "array";
                    readonly items: {
                        readonly title: "PlanWave";
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly required: readonly ["number", "regions"];
                        readonly properties: {
                            readonly number: {
                                readonly description: "1-based wave number.";
                                readonly type: "integer";
                                readonly minimum: 1;
                            };
                            readonly regions: {
                                readonly type: "array";
                                readonly items: {
                                    readonly type: "string";
                                };
                            };
                        };
                    };
                };
            };
        };
        readonly regions: {
            readonly description: "One entry per region of the manifest, in wave order.";
            readonly type: "array";
            readonly items: {
                readonly $ref: "#/definitions/RegionPlan";
            };
        };
        readonly findings: {
            readonly description: "Problems found while planning, errors first.";
            readonly type: "array";
            readonly items: {
                readonly $ref: "#/definitions/Finding";
            };
        };
        readonly routes: {
            readonly $ref: "#/definitions/RouteTable";
        };
        readonly summary: {
            readonly title: "PlanSummary";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["regions", "promote", "current", "blocked", "errors", "warnings"];
            readonly properties: {
                readonly regions: {
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly promote: {
                    readonly description: "Regions whose files change.";
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly current: {
                    readonly description: "Regions already at the release.";
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly blocked: {
                    readonly description: "Regions that cannot be promoted until an error finding is fixed.";
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly errors: {
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly warnings: {
                    readonly type: "integer";
                    readonly minimum: 0;
                };
            };
        };
    };
    readonly definitions: {
        readonly RegionPlan: {
            readonly title: "RegionPlan";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["name", "wave", "location", "jurisdiction", "action", "current", "target", "approvals", "argocd", "folder", "edits"];
            readonly properties: {
                readonly name: {
                    readonly type: "string";
                };
                readonly wave: {
                    readonly description: "The 1-based wave the region is promoted in.";
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly location: {
                    readonly type: "string";
                };
                readonly jurisdiction: {
                    readonly type: "string";
                };
                readonly action: {
                    readonly description: "promote: the region's files change; current: already at the release; blocked: an error finding stops this region.";
                    readonly enum: readonly ["promote", "current", "blocked"];
                };
                readonly current: {
                    readonly description: "The version the environments repository pins now, or null when it cannot be read.";
                    readonly type: readonly ["string", "null"];
                };
                readonly target: {
                    readonly description: "The version after promotion.";
                    readonly type: "string";
                };
                readonly approvals: {
                    readonly description: "Approvals the promotion PR needs: the larger of the manifest's and the platform region's.";
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly argocd: {
                    readonly title: "PlanArgoCD";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly required: readonly ["server", "app", "project"];
                    readonly properties: {
                        readonly server: {
                            readonly type: "string";
                        };
                        readonly app: {
                            readonly type: "string";
                        };
                        readonly project: {
                            readonly type: "string";
                        };
                    };
                };
                readonly folder: {
                    readonly description: "The service's folder for this region in the environments repository.";
                    readonly type: "string";
                };
                readonly edits: {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/definitions/FileEdit";
                    };
                };
                readonly dns: {
                    readonly $ref: "#/definitions/RegionDns";
                };
                readonly data: {
                    readonly $ref: "#/definitions/RegionData";
                };
                readonly capacity: {
                    readonly $ref: "#/definitions/RegionCapacityPlan";
                };
            };
        };
        readonly RegionCapacityPlan: {
            readonly title: "RegionCapacityPlan";
            readonly description: "The region's capacity from spec.capacity, and its failover headroom when perPodRps is given.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["min", "max"];
            readonly properties: {
                readonly min: {
                    readonly description: "Fewest pods: replicas or autoscaling.min.";
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly max: {
                    readonly description: "Most pods: replicas or autoscaling.max.";
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly cpu: {
                    readonly description: "CPU request per pod.";
                    readonly type: "string";
                };
                readonly memory: {
                    readonly description: "Memory request per pod.";
                    readonly type: "string";
                };
                readonly capacityRps: {
                    readonly description: "max × perPodRps.";
                    readonly type: "number";
                };
                readonly rps: {
                    readonly description: "The region's own expected traffic.";
                    readonly type: "number";
                };
                readonly worst: {
                    readonly title: "CapacityWorstCase";
                    readonly description: "The region whose failure sends this one the most traffic, and how much.";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly required: readonly ["failed", "receivedRps"];
                    readonly properties: {
                        readonly failed: {
                            readonly type: "string";
                        };
                        readonly receivedRps: {
                            readonly type: "number";
                        };
                    };
                };
            };
        };
        readonly RegionData: {
            readonly title: "RegionData";
            readonly description: "The region's database migrations, when the manifest has a data block: what `multiregion migrate --region` applies, in order.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["engine", "order", "migrations"];
            readonly properties: {
                readonly engine: {
                    readonly enum: readonly ["postgres", "cockroachdb", "spanner", "cassandra"];
                };
                readonly order: {
                    readonly description: "1-based position in the order regions are migrated in: publishers of global tables first, then other home regions, then the rest.";
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly secret: {
                    readonly description: "The environment variable that holds the region's database URL (platform database.secret).";
                    readonly type: "string";
                };
                readonly migrations: {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/definitions/DataMigration";
                    };
                };
            };
        };
        readonly DataMigration: {
            readonly title: "DataMigration";
            readonly description: "One migration file. Generated files are repeatable (they run again when their text changes); hand-written files run once, and a changed text after that is drift.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["version", "kind", "file", "sha256", "transaction", "sql"];
            readonly properties: {
                readonly version: {
                    readonly description: "The version recorded in the history table, such as multiregion/01_tables or 0001_init.";
                    readonly type: "string";
                };
                readonly kind: {
                    readonly enum: readonly ["generated", "hand-written"];
                };
                readonly file: {
                    readonly description: "The hand-written file's path, or generated/<region>/<name>.sql.";
                    readonly type: "string";
                };
                readonly sha256: {
                    readonly type: "string";
                    readonly pattern: "^[0-9a-f]{64}$";
                };
                readonly transaction: {
                    readonly description: "False when the file carries -- multiregion:no-transaction and runs statement by statement.";
                    readonly type: "boolean";
                };
                readonly sql: {
                    readonly description: "The SQL text. A subscription names its publisher as 'multiregion:publisher=<region>'; the runner puts the URL in its place.";
                    readonly type: "string";
                };
            };
        };
        readonly FileEdit: {
            readonly title: "FileEdit";
            readonly description: "One file changed in the environments repository. Only the named field's scalar changes; the rest of the file is kept byte for byte.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["path", "field", "line", "before", "after", "baseSha256", "content", "diff"];
            readonly properties: {
                readonly path: {
                    readonly description: "Path from the environments repository's root.";
                    readonly type: "string";
                };
                readonly field: {
                    readonly description: "The changed field, such as images[name=ghcr.io/acme/checkout].newTag or image.tag.";
                    readonly type: "string";
                };
                readonly line: {
                    readonly description: "1-based line of the changed value in the new file.";
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly before: {
                    readonly description: "The value before, or null when the field is added.";
                    readonly type: readonly ["string", "null"];
                };
                readonly after: {
                    readonly type: "string";
                };
                readonly baseSha256: {
                    readonly description: "sha256 of the file the edit was planned against, to detect a file changed since.";
                    readonly type: "string";
                    readonly pattern: "^[0-9a-f]{64}$";
                };
                readonly content: {
                    readonly description: "The whole new file.";
                    readonly type: "string";
                };
                readonly created: {
                    readonly description: "True when the file does not exist yet; baseSha256 is then the sha256 of the empty file.";
                    readonly type: "boolean";
                };
                readonly diff: {
                    readonly description: "A unified diff of the change.";
                    readonly type: "string";
                };
            };
        };
        readonly RegionDns: {
            readonly title: "RegionDns";
            readonly description: "The region's DNS records for the service's routing block and the ExternalDNS annotations that carry them.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["provider", "zone", "annotationPrefix", "file", "records", "annotations"];
            readonly properties: {
                readonly provider: {
                    readonly description: "The region's DNS provider (platform.yaml).";
                    readonly type: "string";
                };
                readonly zone: {
                    readonly description: "The region's DNS zone (platform.yaml).";
                    readonly type: "string";
                };
                readonly annotationPrefix: {
                    readonly description: "The ExternalDNS annotation prefix in this region.";
                    readonly type: "string";
                };
                readonly file: {
                    readonly description: "The manifest of the region's Service that carries the annotations.";
                    readonly type: "string";
                };
                readonly records: {
                    readonly description: "The records this region publishes, including those of a DNSEndpoint or Gslb it carries.";
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/definitions/DnsRecord";
                    };
                };
                readonly annotations: {
                    readonly description: "The annotations set on the Service after the promotion, by key.";
                    readonly type: "object";
                    readonly additionalProperties: {
                        readonly type: "string";
                    };
                };
                readonly shift: {
                    readonly description: "A region joining a weighted record set: the later steps of its weight, each a promotion of its own in a later wave.";
                    readonly type: "array";
                    readonly items: {
                        readonly title: "WeightStep";
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly required: readonly ["wave", "weight", "edit"];
                        readonly properties: {
                            readonly wave: {
                                readonly type: "integer";
                                readonly minimum: 1;
                            };
                            readonly weight: {
                                readonly type: "integer";
                                readonly minimum: 0;
                                readonly maximum: 255;
                            };
                            readonly edit: {
                                readonly $ref: "#/definitions/FileEdit";
                            };
                        };
                    };
                };
            };
        };
        readonly DnsRecord: {
            readonly title: "DnsRecord";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["name", "policy", "carrier", "ttl", "alias"];
            readonly properties: {
                readonly name: {
                    readonly description: "The record's DNS name.";
                    readonly type: "string";
                };
                readonly policy: {
                    readonly enum: readonly ["latency", "failover", "weighted", "geolocation", "simple"];
                };
                readonly carrier: {
                    readonly description: "What publishes the record: the Service's annotations, a DNSEndpoint, or a k8gb Gslb.";
                    readonly enum: readonly ["Service", "DNSEndpoint", "Gslb"];
                };
                readonly setIdentifier: {
                    readonly type: "string";
                };
                readonly ttl: {
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly alias: {
                    readonly type: "boolean";
                };
                readonly evaluateTargetHealth: {
                    readonly type: "boolean";
                };
                readonly healthCheckId: {
                    readonly type: "string";
                };
                readonly awsRegion: {
                    readonly description: "Latency records: the AWS region.";
                    readonly type: "string";
                };
                readonly failover: {
                    readonly enum: readonly ["PRIMARY", "SECONDARY"];
                };
                readonly weight: {
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 255;
                };
                readonly continent: {
                    readonly type: "string";
                };
                readonly country: {
                    readonly type: "string";
                };
                readonly subdivision: {
                    readonly type: "string";
                };
                readonly target: {
                    readonly description: "A DNSEndpoint record's target: the nested name it aliases.";
                    readonly type: "string";
                };
            };
        };
        readonly RouteTable: {
            readonly title: "RouteTable";
            readonly description: "What the client library needs to reach the service: endpoints per region and, per client region, the regions to try in order.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["service", "hostname", "timeoutMs", "deadlineMs", "retries", "retryBudget", "endpoints", "order"];
            readonly properties: {
                readonly service: {
                    readonly type: "string";
                };
                readonly hostname: {
                    readonly description: "The shared name (spec.routing.hostname).";
                    readonly type: "string";
                };
                readonly timeoutMs: {
                    readonly description: "Per-attempt timeout.";
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly deadlineMs: {
                    readonly description: "Total time for one request, all attempts included.";
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly retries: {
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly hedgeMs: {
                    readonly description: "Delay before an idempotent request is also sent to the next region; absent: no hedging.";
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly maxConnections: {
                    readonly description: "Connections a client opens to each region's endpoint at most; requests beyond them wait in a queue, inside their attempt timeout. Absent (a table from before it existed): 128.";
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly retryBudget: {
                    readonly title: "RetryBudget";
                    readonly description: "Retries allowed on top of requests: ratio of recent requests, plus a floor per second.";
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly required: readonly ["ratio", "minPerSecond"];
                    readonly properties: {
                        readonly ratio: {
                            readonly type: "number";
                            readonly minimum: 0;
                        };
                        readonly minPerSecond: {
                            readonly type: "number";
                            readonly minimum: 0;
                        };
                    };
                };
                readonly endpoints: {
                    readonly description: "Base URL of the service in each region.";
                    readonly type: "object";
                    readonly additionalProperties: {
                        readonly type: "string";
                    };
                };
                readonly order: {
                    readonly description: "Per client region, the service's regions in the order to try them.";
                    readonly type: "object";
                    readonly additionalProperties: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                };
            };
        };
        readonly Finding: {
            readonly title: "Finding";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["rule", "severity", "message", "file", "line", "column"];
            readonly properties: {
                readonly rule: {
                    readonly description: "A stable rule id.";
                    readonly type: "string";
                };
                readonly severity: {
                    readonly enum: readonly ["error", "warning", "info"];
                };
                readonly message: {
                    readonly description: "What is wrong and how to fix it.";
                    readonly type: "string";
                };
                readonly file: {
                    readonly type: "string";
                };
                readonly line: {
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly column: {
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly region: {
                    readonly description: "The region the finding concerns, when it concerns one.";
                    readonly type: "string";
                };
            };
        };
    };
};
/**
 * The output of `multiregion plan --format json`: what a release would change in every region. A public contract: fields are only added within a planVersion.
 */
export interface Plan {
    /**
     * The version of this format. Tools must check it.
     */
    planVersion: 1;
    service: PlanService;
    release: PlanRelease;
    train: PlanTrain;
    /**
     * One entry per region of the manifest, in wave order.
     */
    regions: RegionPlan[];
    /**
     * Problems found while planning, errors first.
     */
    findings: Finding[];
    routes?: RouteTable;
    summary: PlanSummary;
}
export interface PlanService {
    /**
     * metadata.name of the manifest.
     */
    name: string;
    /**
     * metadata.team of the manifest.
     */
    team?: string;
    /**
     * spec.image of the manifest.
     */
    image: string;
    /**
     * The manifest file the plan was made from, as given.
     */
    manifest: string;
}
export interface PlanRelease {
    /**
     * The release as given on the command line.
     */
    ref: string;
    /**
     * The image tag the release pins, when it is a tag.
     */
    tag?: string;
    /**
     * The image digest the release pins (sha256:...), when it is a digest.
     */
    digest?: string;
}
export interface PlanTrain {
    /**
     * Approvals the manifest asks for on every promotion PR.
     */
    approvals: number;
    /**
     * Seconds a wave stays healthy before the next opens.
     */
    bakeSeconds: number;
    /**
     * Seconds Argo CD may take to sync and report healthy.
     */
    timeoutSeconds: number;
    onFailure: 'rollback' | 'halt';
    /**
     * Waves in order.
     */
    waves: PlanWave[];
}
export interface PlanWave {
    /**
     * 1-based wave number.
     */
    number: number;
    regions: string[];
}
export interface RegionPlan {
    name: string;
    /**
     * The 1-based wave the region is promoted in.
     */
    wave: number;
    location: string;
    jurisdiction: string;
    /**
     * promote: the region's files change; current: already at the release; blocked: an error finding stops this region.
     */
    action: 'promote' | 'current' | 'blocked';
    /**
     * The version the environments repository pins now, or null when it cannot be read.
     */
    current: string | null;
    /**
     * The version after promotion.
     */
    target: string;
    /**
     * Approvals the promotion PR needs: the larger of the manifest's and the platform region's.
     */
    approvals: number;
    argocd: PlanArgoCD;
    /**
     * The service's folder for this region in the environments repository.
     */
    folder: string;
    edits: FileEdit[];
    dns?: RegionDns;
    data?: RegionData;
    capacity?: RegionCapacityPlan;
}
export interface PlanArgoCD {
    server: string;
    app: string;
    project: string;
}
/**
 * One file changed in the environments repository. Only the named field's scalar changes; the rest of the file is kept byte for byte.
 */
export interface FileEdit {
    /**
     * Path from the environments repository's root.
     */
    path: string;
    /**
     * The changed field, such as images[name=ghcr.io/acme/checkout].newTag or image.tag.
     */
    field: string;
    /**
     * 1-based line of the changed value in the new file.
     */
    line: number;
    /**
     * The value before, or null when the field is added.
     */
    before: string | null;
    after: string;
    /**
     * sha256 of the file the edit was planned against, to detect a file changed since.
     */
    baseSha256: string;
    /**
     * The whole new file.
     */
    content: string;
    /**
     * True when the file does not exist yet; baseSha256 is then the sha256 of the empty file.
     */
    created?: boolean;
    /**
     * A unified diff of the change.
     */
    diff: string;
}
/**
 * The region's DNS records for the service's routing block and the ExternalDNS annotations that carry them.
 */
export interface RegionDns {
    /**
     * The region's DNS provider (platform.yaml).
     */
    provider: string;
    /**
     * The region's DNS zone (platform.yaml).
     */
    zone: string;
    /**
     * The ExternalDNS annotation prefix in this region.
     */
    annotationPrefix: string;
    /**
     * The manifest of the region's Service that carries the annotations.
     */
    file: string;
    /**
     * The records this region publishes, including those of a DNSEndpoint or Gslb it carries.
     */
    records: DnsRecord[];
    /**
     * The annotations set on the Service after the promotion, by key.
     */
    annotations: {
        [k: string]: string;
    };
    /**
     * A region joining a weighted record set: the later steps of its weight, each a promotion of its own in a later wave.
     */
    shift?: WeightStep[];
}
export interface DnsRecord {
    /**
     * The record's DNS name.
     */
    name: string;
    policy: 'latency' | 'failover' | 'weighted' | 'geolocation' | 'simple';
    /**
     * What publishes the record: the Service's annotations, a DNSEndpoint, or a k8gb Gslb.
     */
    carrier: 'Service' | 'DNSEndpoint' | 'Gslb';
    setIdentifier?: string;
    ttl: number;
    alias: boolean;
    evaluateTargetHealth?: boolean;
    healthCheckId?: string;
    /**
     * Latency records: the AWS region.
     */
    awsRegion?: string;
    failover?: 'PRIMARY' | 'SECONDARY';
    weight?: number;
    continent?: string;
    country?: string;
    subdivision?: string;
    /**
     * A DNSEndpoint record's target: the nested name it aliases.
     */
    target?: string;
}
export interface WeightStep {
    wave: number;
    weight: number;
    edit: FileEdit;
}
/**
 * The region's database migrations, when the manifest has a data block: what `multiregion migrate --region` applies, in order.
 */
export interface RegionData {
    engine: 'postgres' | 'cockroachdb' | 'spanner' | 'cassandra';
    /**
     * 1-based position in the order regions are migrated in: publishers of global tables first, then other home regions, then the rest.
     */
    order: number;
    /**
     * The environment variable that holds the region's database URL (platform database.secret).
     */
    secret?: string;
    migrations: DataMigration[];
}
/**
 * One migration file. Generated files are repeatable (they run again when their text changes); hand-written files run once, and a changed text after that is drift.
 */
export interface DataMigration {
    /**
     * The version recorded in the history table, such as multiregion/01_tables or 0001_init.
     */
    version: string;
    kind: 'generated' | 'hand-written';
    /**
     * The hand-written file's path, or generated/<region>/<name>.sql.
     */
    file: string;
    sha256: string;
    /**
     * False when the file carries -- multiregion:no-transaction and runs statement by statement.
     */
    transaction: boolean;
    /**
     * The SQL text. A subscription names its publisher as 'multiregion:publisher=<region>'; the runner puts the URL in its place.
     */
    sql: string;
}
/**
 * The region's capacity from spec.capacity, and its failover headroom when perPodRps is given.
 */
export interface RegionCapacityPlan {
    /**
     * Fewest pods: replicas or autoscaling.min.
     */
    min: number;
    /**
     * Most pods: replicas or autoscaling.max.
     */
    max: number;
    /**
     * CPU request per pod.
     */
    cpu?: string;
    /**
     * Memory request per pod.
     */
    memory?: string;
    /**
     * max × perPodRps.
     */
    capacityRps?: number;
    /**
     * The region's own expected traffic.
     */
    rps?: number;
    worst?: CapacityWorstCase;
}
/**
 * The region whose failure sends this one the most traffic, and how much.
 */
export interface CapacityWorstCase {
    failed: string;
    receivedRps: number;
}
export interface Finding {
    /**
     * A stable rule id.
     */
    rule: string;
    severity: 'error' | 'warning' | 'info';
    /**
     * What is wrong and how to fix it.
     */
    message: string;
    file: string;
    line: number;
    column: number;
    /**
     * The region the finding concerns, when it concerns one.
     */
    region?: string;
}
/**
 * What the client library needs to reach the service: endpoints per region and, per client region, the regions to try in order.
 */
export interface RouteTable {
    service: string;
    /**
     * The shared name (spec.routing.hostname).
     */
    hostname: string;
    /**
     * Per-attempt timeout.
     */
    timeoutMs: number;
    /**
     * Total time for one request, all attempts included.
     */
    deadlineMs: number;
    retries: number;
    /**
     * Delay before an idempotent request is also sent to the next region; absent: no hedging.
     */
    hedgeMs?: number;
    /**
     * Connections a client opens to each region's endpoint at most; requests beyond them wait in a queue, inside their attempt timeout. Absent (a table from before it existed): 128.
     */
    maxConnections?: number;
    retryBudget: RetryBudget;
    /**
     * Base URL of the service in each region.
     */
    endpoints: {
        [k: string]: string;
    };
    /**
     * Per client region, the service's regions in the order to try them.
     */
    order: {
        [k: string]: string[];
    };
}
/**
 * Retries allowed on top of requests: ratio of recent requests, plus a floor per second.
 */
export interface RetryBudget {
    ratio: number;
    minPerSecond: number;
}
export interface PlanSummary {
    regions: number;
    /**
     * Regions whose files change.
     */
    promote: number;
    /**
     * Regions already at the release.
     */
    current: number;
    /**
     * Regions that cannot be promoted until an error finding is fixed.
     */
    blocked: number;
    errors: number;
    warnings: number;
}
