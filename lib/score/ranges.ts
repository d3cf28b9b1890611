/** A closed range; a null or missing max is open-ended. */
export interface NumericRange {
  min: number;
  max: number | null;
}

export type RangeVerdict = 'inside' | 'outside' | 'overlap-match' | 'overlap-miss';

/**
 * `compareRange` on plain numbers, so the scorer allocates nothing: the company's range is
 * `companyMin`-`companyMax` (null: open-ended), the criterion's `min`-`max` (undefined: unbounded).
 */
export function compareBounds(
  companyMin: number,
  companyMax: number | null,
  min?: number,
  max?: number,
): RangeVerdict {
  const low = min ?? -Infinity;
  const high = max ?? Infinity;
  const companyHigh = companyMax ?? Infinity;
  if (companyMin >= low && companyHigh <= high) return 'inside';
  if (companyHigh < low || companyMin > high) return 'outside';
  const middle = companyMax === null ? companyMin : (companyMin + companyMax) / 2;
  return middle >= low && middle <= high ? 'overlap-match' : 'overlap-miss';
}

/**
 * Compares a company's range (a LinkedIn band such as 51-200, or an exact count as 40-40) with
 * a criterion's bounds. Inside matches and disjoint misses. For a partial overlap the rule is
 * the midpoint: it matches when the middle of the company's range lies within the bounds (an
 * open-ended range such as 10,001+ counts at its minimum). So 201-500 fits 250-1,000 (middle
 * 350.5) while 11-50 does not fit 50-500 (middle 30.5).
 */
export function compareRange(company: NumericRange, min?: number, max?: number): RangeVerdict {
  return compareBounds(company.min, company.max, min, max);
}

/** "50-500", "50+", "up to 500". */
export function formatBounds(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return `${formatNumber(min)}-${formatNumber(max)}`;
  if (min !== undefined) return `${formatNumber(min)}+`;
  return `up to ${formatNumber(max ?? 0)}`;
}

/** "51-200", "10,001+", "40". */
export function formatRange(range: NumericRange): string {
  if (range.max === null) return `${formatNumber(range.min)}+`;
  if (range.max === range.min) return formatNumber(range.min);
  return `${formatNumber(range.min)}-${formatNumber(range.max)}`;
}

const formatted = new Map<number, string>();

/** Thousands separators and M/B suffixes where they read better. */
export function formatNumber(value: number): string {
  // Bands and round amounts repeat across companies: remember their text.
  let text = formatted.get(value);
  if (text === undefined) {
    text = formatNumberOnce(value);
    if (formatted.size >= 10_000) formatted.clear();
    formatted.set(value, text);
  }
  return text;
}

function formatNumberOnce(value: number): string {
  if (value >= 1e9 && value % 1e7 === 0) return `${+(value / 1e9).toFixed(2)}B`;
  if (value >= 1e6 && value % 1e4 === 0) return `${+(value / 1e6).toFixed(2)}M`;
  return groupThousands(Math.round(value));
}

/** `toLocaleString('en-US')` of an integer, without its cost: "1,200", "-45,000". */
function groupThousands(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en-US');
  const digits = String(Math.abs(value));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `-${out}` : out;
}
