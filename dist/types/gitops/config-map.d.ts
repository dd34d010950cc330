/**
 * A ConfigMap whose data values are files. The yaml library writes a large
 * value as a literal block byte by byte, which at hundreds of regions cost
 * more than planning them; values it would write as such a block are
 * indented here instead, and the result is the same text.
 */
export declare function renderConfigMap(comment: string, name: string, labels: Record<string, string>, data: Record<string, string>): string;
/**
 * A JSON file as people read it in a pull request: two-space indentation,
 * a Map written as the object of its entries,
 * with lists of names and small records ({ "jurisdiction": "EU", "secret":
 * "DB_URL_SWEDEN" }) on one line each, so a file that lists every region
 * grows by one short line a region rather than several.
 */
export declare function jsonFile(value: unknown): string;
