import type { Facts } from '../facts/schema';
import { convertCurrency } from '../normalize/currency';
import { REGIONS } from '../normalize/regions';

/** A headcount or revenue band: [min, next band's min); max is what a criterion would use. */
export interface Band {
  label: string;
  min: number;
  /** Inclusive upper bound for a criterion; null for the open-ended last band. */
  max: number | null;
}

/** LinkedIn's size bands, which most CRMs copy. */
export const EMPLOYEE_BANDS: readonly Band[] = [
  { label: '1', min: 0, max: 1 },
  { label: '2-10', min: 2, max: 10 },
  { label: '11-50', min: 11, max: 50 },
  { label: '51-200', min: 51, max: 200 },
  { label: '201-500', min: 201, max: 500 },
  { label: '501-1,000', min: 501, max: 1000 },
  { label: '1,001-5,000', min: 1001, max: 5000 },
  { label: '5,001-10,000', min: 5001, max: 10000 },
  { label: '10,001+', min: 10001, max: null },
];

/** Revenue bands in euros. */
export const REVENUE_BANDS: readonly Band[] = [
  { label: '< €1M', min: 0, max: 1e6 },
  { label: '€1M-10M', min: 1e6, max: 1e7 },
  { label: '€10M-50M', min: 1e7, max: 5e7 },
  { label: '€50M-100M', min: 5e7, max: 1e8 },
  { label: '€100M-500M', min: 1e8, max: 5e8 },
  { label: '€500M-1B', min: 5e8, max: 1e9 },
  { label: '€1B+', min: 1e9, max: null },
];

/**
 * The band a range falls in: the band of its middle, an open-ended range counting at its
 * minimum, the same rule scoring uses for partial overlaps.
 */
export function bandIndex(bands: readonly Band[], min: number, max: number | null): number {
  const point = max === null ? min : (min + max) / 2;
  for (let index = bands.length - 1; index >= 0; index--)
    if (point >= bands[index]!.min) return index;
  return 0;
}

/** The fields the derive statistics look at. */
export const ATTRIBUTE_FIELDS = [
  'industry',
  'country',
  'region',
  'employees',
  'revenue',
  'technologies',
  'legalForm',
] as const;
export type AttributeField = (typeof ATTRIBUTE_FIELDS)[number];

/** Banded fields: their values are band labels and their criteria `between` ranges. */
export const BANDS: Partial<Record<AttributeField, readonly Band[]>> = {
  employees: EMPLOYEE_BANDS,
  revenue: REVENUE_BANDS,
};

const REGION_NAMES = Object.keys(REGIONS).filter((name) => name !== 'France DOM');
const REGIONS_OF_COUNTRY = new Map<string, string[]>();

/** The named groups a country belongs to ("DE" -> EU, EEA, Europe, DACH), computed once per country. */
function regionsOf(country: string): string[] {
  let regions = REGIONS_OF_COUNTRY.get(country);
  if (!regions) {
    regions = REGION_NAMES.filter((name) => REGIONS[name]!.includes(country));
    REGIONS_OF_COUNTRY.set(country, regions);
  }
  return regions;
}

/**
 * An account's values per attribute field: a list (several technologies, several regions),
 * or undefined when the fact is unknown. Regions are the named country groups (EU, DACH…).
 */
export function attributeValues(facts: Facts): Record<AttributeField, string[] | undefined> {
  const country = facts.country?.value;
  let revenue: string[] | undefined;
  if (facts.revenue) {
    const { min, max, currency } = facts.revenue.value;
    const low = convertCurrency(min, currency, 'EUR');
    const high = max === null ? null : convertCurrency(max, currency, 'EUR');
    if (low !== undefined && high !== undefined)
      revenue = [REVENUE_BANDS[bandIndex(REVENUE_BANDS, low, high)]!.label];
  }
  return {
    industry: facts.industry ? [facts.industry.value] : undefined,
    country: country ? [country] : undefined,
    region: country ? regionsOf(country) : undefined,
    employees: facts.employees
      ? [
          EMPLOYEE_BANDS[
            bandIndex(EMPLOYEE_BANDS, facts.employees.value.min, facts.employees.value.max)
          ]!.label,
        ]
      : undefined,
    revenue,
    technologies: facts.technologies ? facts.technologies.value : undefined,
    legalForm: facts.legalForm ? [facts.legalForm.value] : undefined,
  };
}
