/**
 * Named groups of countries that ICP criteria may use instead of listing every country.
 * Membership as of 2026; the EU list follows the 27 member states.
 */
const REGION_MEMBERS: Record<string, string> = {
  EU: 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE',
  EEA: 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO',
  Europe:
    'AL AD AT BY BE BA BG HR CY CZ DK EE FI FR DE GR HU IS IE IT XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO SM RS SK SI ES SE CH UA GB VA',
  DACH: 'DE AT CH',
  Benelux: 'BE NL LU',
  Nordics: 'DK FI IS NO SE',
  'UK&I': 'GB IE',
  Iberia: 'ES PT',
  CEE: 'BG HR CZ EE HU LV LT PL RO SK SI',
  'North America': 'US CA MX',
  LATAM: 'AR BO BR CL CO CR CU DO EC SV GT HN MX NI PA PY PE UY VE',
  APAC: 'AU BD CN HK IN ID JP KR MY NZ PH SG LK TW TH VN',
  MENA: 'DZ BH EG IR IQ IL JO KW LB LY MA OM QA SA SY TN AE YE',
  'France DOM': 'GP MQ GF RE YT',
};

export const REGIONS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(REGION_MEMBERS).map(([name, codes]) => [name, codes.split(' ')]),
);

const REGION_BY_FOLDED_NAME = new Map(
  Object.keys(REGIONS).map((name) => [name.toLowerCase(), name] as const),
);

/** The canonical region name for a value such as "dach" or "North America", or undefined. */
export function regionName(value: string): string | undefined {
  return REGION_BY_FOLDED_NAME.get(value.trim().toLowerCase());
}

/** Expands region names to their ISO country codes and upper-cases plain codes. */
export function expandCountries(values: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const value of values) {
    const region = regionName(value);
    if (region) for (const code of REGIONS[region] ?? []) out.add(code);
    else out.add(value.trim().toUpperCase());
  }
  return out;
}
