import type { RevenueValue } from '../facts/schema';

const CURRENCY_WORDS: readonly [RegExp, string][] = [
  [/US\$|USD|\$|dollars?/i, 'USD'],
  [/€|EUR\b|euros?/i, 'EUR'],
  [/£|GBP|pounds?/i, 'GBP'],
  [/CHF|francs? suisses?|Franken/i, 'CHF'],
  [/¥|JPY|yen/i, 'JPY'],
  [/\b(SEK|NOK|DKK|PLN|CZK|CAD|AUD|INR|CNY|BRL|SGD)\b/, ''],
];

/** Magnitude words in English, French and German, longest first so "Mrd" is not read as "M". */
const MAGNITUDES: readonly [RegExp, number][] = [
  [/^(?:billions?|milliards?|milliarden?|mrd\.?|bn|md|b)(?![a-z])/i, 1e9],
  [/^(?:millions?|millionen|mio\.?|mn|mm|m)(?![a-z])/i, 1e6],
  [/^(?:thousands?|milliers?|tausend|tsd\.?|k)(?![a-z])/i, 1e3],
];

const AMOUNT = /(\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)/g;

/**
 * Reads "2,5" (decimal), "1,200" (thousands) and "12,000,000.00" / "12.000.000,00" (both marks:
 * the last one is the decimal mark) the way the writer most likely meant.
 */
function parseAmount(raw: string): number {
  const compact = raw.replace(/[\u00a0\u202f' ]/g, '');
  const lastMark = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  if (lastMark < 0) return Number(compact);
  const mark = compact[lastMark]!;
  const other = mark === ',' ? '.' : ',';
  const integer = compact.slice(0, lastMark);
  const fraction = compact.slice(lastMark + 1);
  if (integer.includes(other)) return Number(`${integer.split(other).join('')}.${fraction}`);
  const repeated = integer.includes(mark);
  // One mark followed by three digits ("1,200") groups thousands; "0,500" is a decimal.
  if (repeated || (fraction.length === 3 && !/^0/.test(integer)))
    return Number(integer.split(mark).join('') + fraction);
  return Number(`${integer}.${fraction}`);
}

/**
 * Reads a revenue with its currency and magnitude: "US$211.9 billion", "10-50 M€", "€2.5m",
 * "500 k$", "12 millions d'euros", "3,4 Mio. EUR". The currency defaults to `currency` when the
 * text names none. Returns undefined when there is no amount.
 */
export function parseRevenue(text: string, currency = 'EUR'): RevenueValue | undefined {
  const input = text.slice(0, 200);
  let code = currency;
  for (const [pattern, name] of CURRENCY_WORDS) {
    const match = pattern.exec(input);
    if (match) {
      code = name || match[1]!;
      break;
    }
  }
  const amounts: number[] = [];
  AMOUNT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = AMOUNT.exec(input)) && amounts.length < 2) {
    const rest = input.slice(AMOUNT.lastIndex).replace(/^\s*(?:[€$£]|US\$|EUR|USD)?\s*/i, '');
    const magnitude = MAGNITUDES.find(([pattern]) => pattern.test(rest))?.[1] ?? 1;
    // A year in brackets ("(2023)") or after the amount is not part of the revenue.
    if (/^\s*\)/.test(rest) && /^(19|20)\d\d$/.test(match[1]!)) break;
    amounts.push(parseAmount(match[1]!) * magnitude);
    const joiner = /^\s*(?:[a-z.]*\s*)?(?:[-–—]|to|à|bis)\s*(?:[€$£]|US\$)?\s*\d/i.exec(
      input.slice(AMOUNT.lastIndex),
    );
    if (!joiner) break;
  }
  if (amounts.length === 0 || !Number.isFinite(amounts[0])) return undefined;
  let [min, max] = amounts as [number, number | undefined];
  // "10-50 M€": the magnitude written once applies to both ends.
  if (max !== undefined && max > min * 1000 && min < 1000)
    min *= max >= 1e9 ? 1e9 : max >= 1e6 ? 1e6 : 1e3;
  if (max === undefined || max < min) max = min;
  return { min: round(min), max: round(max), currency: code };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
