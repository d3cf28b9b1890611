import type { I18n } from '../i18n/translate';
import type { AttributeField } from './bands';

/**
 * How a suggested criterion is labelled, in the reader's language: these labels go into the
 * draft ICP and later onto the badge ("Industry: Software Development", "Secteur : …").
 */

/** At most four values, then "and 3 more". */
function listed(values: readonly string[], i18n: I18n, type: 'list' | 'or'): string {
  const shown = values.slice(0, 4);
  const text =
    type === 'or'
      ? new Intl.ListFormat(i18n.locale, { type: 'disjunction' }).format(shown)
      : shown.join(', ');
  return (values.length > 4 ? i18n.tn('draftAndMore', values.length - 4, [text]) : text).slice(
    0,
    180,
  );
}

/** "€1.5M" / "1,5 M€". */
function money(value: number, i18n: I18n): string {
  return i18n.number(value, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
}

/** A band run: "51-200 employees", "Revenue €1M-€10M", "Revenue up to €1M". */
export function rangeLabel(
  field: AttributeField,
  min: number,
  max: number | undefined,
  i18n: I18n,
): string {
  const { t } = i18n;
  if (field === 'revenue') {
    if (max === undefined) return t('draftRevenueFrom', money(min, i18n));
    return min === 0
      ? t('draftRevenueUpTo', money(max, i18n))
      : t('draftRevenueRange', [money(min, i18n), money(max, i18n)]);
  }
  const range =
    max === undefined ? `${i18n.number(min)}+` : `${i18n.number(min)}-${i18n.number(max)}`;
  return t('draftEmployees', range);
}

/** A list of values: "Industry: Software Development, IT Services", "Uses HubSpot or Shopify". */
export function valuesLabel(field: AttributeField, values: readonly string[], i18n: I18n): string {
  const { t } = i18n;
  switch (field) {
    case 'technologies':
      return t('draftUses', listed(values, i18n, 'or'));
    case 'legalForm':
      return t('draftLegalForm', listed(values, i18n, 'list'));
    case 'country':
      return t('draftCountry', listed(values, i18n, 'list'));
    default:
      return t('draftIndustry', listed(values, i18n, 'list'));
  }
}

/** The label of an exclusion: "Not 1-10 employees", "Excluded: Industry: Government". */
export function exclusionLabel(label: string, banded: boolean, i18n: I18n): string {
  return i18n.t(banded ? 'draftNot' : 'draftExcluded', label);
}
