/**
 * The locations a Route 53 geolocation record may name, as data.
 *
 * Source: Amazon Route 53 API Reference, data type GeoLocation
 * (https://docs.aws.amazon.com/Route53/latest/APIReference/API_GeoLocation.html):
 * - ContinentCode: AF, AN, AS, EU, OC, NA, SA; with a country or subdivision it is InvalidInput.
 * - CountryCode: "the two-letter country codes that are specified in ISO standard
 *   3166-1 alpha-2" (plus UA, which is in that list), and "*" for the default record
 *   (ResourceRecordSet.GeoLocation).
 * - SubdivisionCode: "the two-letter code for a state of the United States. Route 53
 *   doesn't support any other values", with CountryCode US (USPS Publication 28,
 *   Appendix B; GeoLocationDetails: "Route 53 currently supports only states in the
 *   United States"). Territories have country codes of their own (PR, GU, VI, AS, MP).
 *
 * Country list: ISO 3166-1 alpha-2 officially assigned codes (249), ISO 3166 Maintenance Agency.
 */
export declare const CONTINENTS: readonly ["AF", "AN", "AS", "EU", "OC", "NA", "SA"];
export declare const COUNTRIES: Set<string>;
/** The 50 states and the District of Columbia (USPS Publication 28, Appendix B). */
export declare const US_SUBDIVISIONS: Set<string>;
/** The country code of Route 53's default geolocation record. */
export declare const DEFAULT_COUNTRY = "*";
/**
 * The Regions a Route 53 latency record may name: the `Region` of a
 * ResourceRecordSet, an enumeration in the Route 53 API (the
 * ResourceRecordSetRegion enum of the AWS SDKs' Route 53 model, as of 2025).
 * ChangeResourceRecordSets refuses any other value.
 */
export declare const LATENCY_REGIONS: Set<string>;
