/**
 * Number and range reading for what people type when they correct a headcount or a revenue:
 * "120", "50-200", "10,001+", "10 001+", "1,5 M€", "2.3k", "10-50 M€", "plus de 500".
 * Both the English (1,500.5) and the French/German (1 500,5 / 1.500,5) conventions are read.
 */

const MULTIPLIERS: readonly [RegExp, number][] = [
  [/^(k|mille|thousands?)$/, 1e3],
  [/^(m|mm|mn|mio|millions?)$/, 1e6],
  [/^(b|bn|md|mds|mrd|milliards?|billions?)$/, 1e9],
];

/** The multiplier a magnitude word stands for ("k", "M", "Mds", "millions"), or undefined. */
export function magnitude(word: string): number | undefined {
  const folded = word.toLowerCase().replace(/\.$/, '');
  return MULTIPLIERS.find(([pattern]) => pattern.test(folded))?.[1];
}

/**
 * Reads "1,500", "1 500", "1.500,5", "12.5" or "1,5" as a number, or undefined. Spaces and
 * apostrophes only group thousands. With both "," and "." the last one is the decimal mark; a
 * single separator followed by exactly three digits groups thousands, otherwise it is decimal.
 */
export function parseDecimal(raw: string): number | undefined {
  const text = raw.trim();
  if (!/^\d[\d\s\u00a0\u202f'’.,]*$/.test(text)) return undefined;
  const compact = text.replace(/[\s\u00a0\u202f'’](?=\d{3}(?!\d))/g, '');
  if (/[^\d.,]/.test(compact)) return undefined;
  const separators = [...compact.matchAll(/[.,]/g)].map((match) => ({
    mark: match[0],
    at: match.index,
  }));
  if (separators.length === 0) return Number(compact);
  const last = separators[separators.length - 1]!;
  const kinds = new Set(separators.map((separator) => separator.mark));
  const decimalAt =
    kinds.size > 1 || (separators.length === 1 && compact.length - last.at - 1 !== 3)
      ? last.at
      : undefined;
  if (kinds.size > 1 && separators.slice(0, -1).some((s) => s.mark === last.mark)) return undefined;
  const integer = decimalAt === undefined ? compact : compact.slice(0, decimalAt);
  const decimals = decimalAt === undefined ? '' : compact.slice(decimalAt + 1);
  const groups = integer.split(/[.,]/);
  if (
    groups.slice(1).some((group) => group.length !== 3) ||
    (decimals === '' && decimalAt !== undefined)
  )
    return undefined;
  return Number(`${groups.join('')}${decimals ? `.${decimals}` : ''}`);
}

/** A number and the magnitude written next to it, if any. */
export interface Amount {
  value: number;
  factor?: number;
}

// The number ends on a digit or separator, never on a space: a lazy number followed by \s*
// could split a run of spaces anywhere, which made a failing match quadratic.
const AMOUNT = /^(\d(?:[\d\s'’.,]*[\d'’.,])?)\s*([a-z]+\.?)?$/i;

/** Reads one amount such as "12", "1,5 M", "2.3k" or "10 millions", or undefined. */
export function parseAmount(raw: string): Amount | undefined {
  const match = AMOUNT.exec(raw.trim());
  if (!match) return undefined;
  const value = parseDecimal(match[1]!);
  if (value === undefined) return undefined;
  if (!match[2]) return { value };
  const factor = magnitude(match[2]);
  return factor === undefined ? undefined : { value, factor };
}

export interface ParsedRange {
  min: number;
  max: number | null;
}

const AT_LEAST =
  /^(?:>=?|≥|more than|over|above|at least|plus de|au moins|sup[ée]rieur [àa])\s*|(?<!\s)\s+(?:\+|or more|and more|and above|et plus|ou plus)$|(?:\+|or more|and more|and above|et plus|ou plus)$/gi;
const UP_TO = /^(?:<=?|≤|up to|less than|under|below|jusqu'?[àa]|moins de|inf[ée]rieur [àa])\s*/i;
// `\s*X` written as `(?<!\s)\s+X|X`: a match starts where its spaces start, so a long run of
// spaces is scanned once, not once per space (same matches).
const RANGE_SEPARATOR = /(?<!\s)\s+[-–—~]\s*|[-–—~]\s*|(?<!\s)\s+(?:to|à|a|and|et)\s+/i;

function scaled(amount: Amount, fallback?: number): number {
  const factor = amount.factor ?? fallback;
  // 1.1 × 1e6 is 1100000.0000000002 in floating point; a scaled amount is a whole number.
  return factor === undefined ? amount.value : Math.round(amount.value * factor);
}

/**
 * Reads an exact amount ("120" is 120-120), a range ("50-200", "10 to 50 M"), an open-ended
 * range ("10,001+", "plus de 500") or an upper bound ("up to 10" is 0-10). A magnitude written
 * on one end only applies to both ("10-50 M" is 10 M to 50 M). Undefined when the text is none
 * of these or the range is reversed.
 */
export function parseRange(raw: string): ParsedRange | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  const withoutAtLeast = text.replace(AT_LEAST, '');
  if (withoutAtLeast !== text) {
    const amount = parseAmount(withoutAtLeast);
    return amount ? { min: scaled(amount), max: null } : undefined;
  }
  if (UP_TO.test(text)) {
    const amount = parseAmount(text.replace(UP_TO, ''));
    return amount ? { min: 0, max: scaled(amount) } : undefined;
  }
  const single = parseAmount(text);
  if (single) return { min: scaled(single), max: scaled(single) };
  const parts = text.split(RANGE_SEPARATOR);
  if (parts.length !== 2) return undefined;
  const low = parseAmount(parts[0]!);
  const high = parseAmount(parts[1]!);
  if (!low || !high) return undefined;
  const min = scaled(low, high.factor);
  const max = scaled(high, low.factor);
  return max < min ? undefined : { min, max };
}
