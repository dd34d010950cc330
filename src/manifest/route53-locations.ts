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

export const CONTINENTS = ['AF', 'AN', 'AS', 'EU', 'OC', 'NA', 'SA'] as const

export const COUNTRIES = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
   BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
   CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
   DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
   GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
   HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
   KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
   MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
   NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
   QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
   TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ
   VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/)
)

/** The 50 states and the District of Columbia (USPS Publication 28, Appendix B). */
export const US_SUBDIVISIONS = new Set(
  `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV
   NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY`.split(/\s+/)
)

/** The country code of Route 53's default geolocation record. */
export const DEFAULT_COUNTRY = '*'

/**
 * The Regions a Route 53 latency record may name: the `Region` of a
 * ResourceRecordSet, an enumeration in the Route 53 API (the
 * ResourceRecordSetRegion enum of the AWS SDKs' Route 53 model, as of 2025).
 * ChangeResourceRecordSets refuses any other value.
 */
export const LATENCY_REGIONS = new Set(
  `af-south-1 ap-east-1 ap-east-2 ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1
   ap-south-2 ap-southeast-1 ap-southeast-2 ap-southeast-3 ap-southeast-4 ap-southeast-5
   ap-southeast-6 ap-southeast-7 ca-central-1 ca-west-1 cn-north-1 cn-northwest-1
   eu-central-1 eu-central-2 eu-north-1 eu-south-1 eu-south-2 eu-west-1 eu-west-2 eu-west-3
   eusc-de-east-1 il-central-1 me-central-1 me-south-1 mx-central-1 sa-east-1 us-east-1
   us-east-2 us-gov-east-1 us-gov-west-1 us-west-1 us-west-2`.split(/\s+/)
)
