import type { DnsRecord, Plan } from '../schema/generated.js';
/** One record in a line: name, policy and what decides its answers. */
export declare function describeRecord(record: DnsRecord): string;
/** Per region its records, then the route table's order from each client region. */
export declare function dnsLines(plan: Plan): string[];
export declare function routeLines(plan: Plan): string[];
