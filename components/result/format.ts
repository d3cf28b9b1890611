import { countryName } from '../../lib/corrections/country';
import type { FactField, FactSource, Facts } from '../../lib/facts/schema';
import type { Translate } from '../../lib/i18n/translate';
import type { MessageKey } from '../../lib/i18n/messages';
import { formatRange, type NumericRange } from '../../lib/score/ranges';

/** How the extension pages write fact values, sources and confidences. Pure. */

type AnyFactValue = NonNullable<Facts[FactField]>['value'];

/**
 * A headcount or an amount as the locale writes it, with M/B ("M"/"Md" in French) where they read
 * better: "1,200" / "1 200", "10M" / "10 M". Read back by lib/corrections/numbers.
 */
function formatAmount(value: number, locale: string): string {
  if (!locale.startsWith('fr')) return formatRange({ min: value, max: value });
  const number = (n: number) => new Intl.NumberFormat('fr', { maximumFractionDigits: 2 }).format(n);
  if (value >= 1e9 && value % 1e7 === 0) return `${number(value / 1e9)}\u202fMd`;
  if (value >= 1e6 && value % 1e4 === 0) return `${number(value / 1e6)}\u202fM`;
  return number(Math.round(value));
}

/** "51-200", "10,001+" / "10 001+" in the UI language. */
function formatRangeIn(range: NumericRange, locale: string): string {
  if (!locale.startsWith('fr')) return formatRange(range);
  if (range.max === null) return `${formatAmount(range.min, locale)}+`;
  if (range.max === range.min) return formatAmount(range.min, locale);
  return `${formatAmount(range.min, locale)}-${formatAmount(range.max, locale)}`;
}

/**
 * A fact's value as people read it, and as the edit box is pre-filled with (so saving it
 * unchanged reads back the same value): "51-200", "10,001+", "10M-50M EUR", "France", "HubSpot, Intercom".
 */
export function formatFactValue(field: FactField, value: AnyFactValue, locale: string): string {
  if (field === 'employees' && typeof value === 'object' && !Array.isArray(value))
    return formatRangeIn(value, locale);
  if (
    field === 'revenue' &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'currency' in value
  )
    return `${formatRangeIn(value, locale)} ${value.currency}`;
  if (field === 'country' && typeof value === 'string') return countryName(value, locale);
  if (Array.isArray(value)) return value.join(', ');
  if (field === 'followers' && typeof value === 'number') return value.toLocaleString(locale);
  return String(value);
}

/** The label of a fact field in the UI language. */
export function fieldLabel(t: Translate, field: FactField): string {
  return t(`field_${field}` as MessageKey);
}

/** Where a fact was read, in the UI language ("the LinkedIn page", "structured data (JSON-LD)"). */
export function sourceLabel(t: Translate, source: FactSource): string {
  return t(`source_${source}` as MessageKey);
}

/** A 0-1 confidence as a whole percentage in the UI language ("90%", "90 %"). */
export function formatConfidence(t: Translate, confidence: number): string {
  return t('confidencePercent', Math.round(Math.max(0, Math.min(1, confidence)) * 100));
}

/** The hint shown under the edit box of a field, or undefined when a plain value is obvious. */
export function inputHint(field: FactField): MessageKey | undefined {
  switch (field) {
    case 'employees':
      return 'hintEmployees';
    case 'revenue':
      return 'hintRevenue';
    case 'country':
      return 'hintCountry';
    case 'technologies':
    case 'keywords':
      return 'hintList';
    case 'foundedYear':
      return 'hintYear';
    default:
      return undefined;
  }
}
