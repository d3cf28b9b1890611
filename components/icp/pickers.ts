import { FINGERPRINTS } from '../../lib/extract/tech/detect';
import type { CriterionField } from '../../lib/icp/schema';
import { INDUSTRIES } from '../../lib/normalize/industry';
import { REGIONS } from '../../lib/normalize/regions';

/** Suggestions for a criterion's values, by field: the taxonomies the scorer understands. */

const COUNTRY_CODES = [...new Set(Object.values(REGIONS).flat())].sort();
const REGION_NAMES = Object.keys(REGIONS);

const SUGGESTIONS: Partial<Record<CriterionField, readonly string[]>> = {
  industry: INDUSTRIES.map((entry) => entry.label),
  country: [...REGION_NAMES, ...COUNTRY_CODES],
  region: REGION_NAMES,
  technologies: [...new Set(FINGERPRINTS.map((fingerprint) => fingerprint.n))].sort(),
};

export function suggestionsFor(field: CriterionField): readonly string[] {
  return SUGGESTIONS[field] ?? [];
}

/** Placeholder text telling what a field's values look like. */
export const VALUE_HINTS: Record<CriterionField, string> = {
  industry: 'LinkedIn industry, e.g. Software Development',
  employees: '',
  revenue: '',
  country: 'ISO code (FR) or region (EU, DACH…)',
  region: 'Region (DACH) or sub-national region (Île-de-France)',
  city: 'City name',
  foundedYear: 'Year, e.g. 2015',
  technologies: 'Technology, e.g. HubSpot',
  legalForm: 'Legal form, e.g. SAS, GmbH',
  domain: 'Domain, e.g. rival.com',
  keywords: 'Word in the description, e.g. logistics',
};
