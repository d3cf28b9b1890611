import { FINGERPRINTS } from '../../lib/extract/tech/detect';
import type { MessageKey } from '../../lib/i18n/messages';
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

/** Placeholder text telling what a field's values look like (message keys; none for ranges). */
export const VALUE_HINTS: Record<CriterionField, MessageKey | undefined> = {
  industry: 'hintCriterionIndustry',
  employees: undefined,
  revenue: undefined,
  country: 'hintCriterionCountry',
  region: 'hintCriterionRegion',
  city: 'hintCriterionCity',
  foundedYear: 'hintCriterionYear',
  technologies: 'hintCriterionTechnology',
  legalForm: 'hintCriterionLegalForm',
  domain: 'hintCriterionDomain',
  keywords: 'hintCriterionKeyword',
};
