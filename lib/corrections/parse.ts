import { factsSchema, type FactField, type FactValue } from '../facts/schema';
import { bareDomain } from '../normalize/domain';
import type { MessageKey } from '../i18n/messages';
import { isKnownCurrency } from '../normalize/currency';
import { canonicalIndustry } from '../normalize/industry';
import { countryCode } from './country';
import { parseRange } from './numbers';

/** What the user typed, read as a fact value, or the message that says what to write instead. */
export type ParsedInput<F extends FactField = FactField> =
  { ok: true; value: FactValue<F> } | { ok: false; problem: MessageKey };

const fail = (problem: MessageKey) => ({ ok: false as const, problem });

const STAFF_WORDS =
  /(?<!\s)\s*(?:employees?|employ[ée]e?s?|salari[ée]e?s?|collaborat(?:eur|rice)s?|people|persons?|personnes?|staff|effectifs?|ftes?|etp)\.?$/i;

function parseEmployees(input: string): ParsedInput<'employees'> {
  const range = parseRange(input.replace(STAFF_WORDS, ''));
  if (!range) return fail('correctionNotHeadcount');
  return {
    ok: true,
    value: { min: Math.round(range.min), max: range.max === null ? null : Math.round(range.max) },
  };
}

/** Most specific first: "CA$" must not be read as US dollars. */
const CURRENCY_SYMBOLS: readonly [RegExp, string][] = [
  [/CA\$|C\$/i, 'CAD'],
  [/A\$/i, 'AUD'],
  [/US\$|\$US|\$/i, 'USD'],
  [/€|\b(?:d[’']\s*)?euros?\b/i, 'EUR'],
  [/£|\bpounds?\b|\blivres? sterling\b/i, 'GBP'],
  [/¥|\byens?\b/i, 'JPY'],
  [/\bdollars?\b/i, 'USD'],
];

/**
 * Takes the currency out of a revenue text: symbols (€, $, £), words (euros) and ISO codes, also
 * glued to a magnitude as in "MEUR" or "kUSD". Several different currencies are an error (null).
 */
function takeCurrency(input: string): { rest: string; currency: string | undefined } | null {
  const found = new Set<string>();
  let rest = input;
  for (const [pattern, code] of CURRENCY_SYMBOLS)
    rest = rest.replace(new RegExp(pattern.source, 'gi'), () => {
      found.add(code);
      return ' ';
    });
  rest = rest.replace(
    /\b(k|m|mm|mn|md|mds|mrd)?([a-z]{3})\b/gi,
    (word, scale: string | undefined, code: string) => {
      const upper = code.toUpperCase();
      if (!isKnownCurrency(upper)) return word;
      found.add(upper);
      return scale ? ` ${scale}` : ' ';
    },
  );
  if (found.size > 1) return null;
  return { rest: rest.replace(/\s+/g, ' ').trim(), currency: [...found][0] };
}

function parseRevenue(input: string): ParsedInput<'revenue'> {
  const taken = takeCurrency(input);
  if (!taken) return fail('correctionOneCurrency');
  const range = parseRange(taken.rest);
  if (!range) return fail('correctionNotRevenue');
  return { ok: true, value: { ...range, currency: taken.currency ?? 'EUR' } };
}

function parseWholeNumber(input: string, problem: MessageKey): ParsedInput<'followers'> {
  const range = parseRange(input);
  if (!range || range.max !== range.min) return fail(problem);
  return { ok: true, value: Math.round(range.min) };
}

function parseList(input: string): ParsedInput<'technologies'> {
  const seen = new Map<string, string>();
  for (const item of input.split(/[,;\n]/)) {
    const trimmed = item.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return { ok: true, value: [...seen.values()] };
}

const digitsOnly = (input: string) => input.replace(/[\s.\-\u00a0]/g, '');

function parseByField(field: FactField, input: string): ParsedInput {
  switch (field) {
    case 'employees':
      return parseEmployees(input);
    case 'revenue':
      return parseRevenue(input);
    case 'country': {
      const code = countryCode(input);
      return code ? { ok: true, value: code } : fail('correctionNotCountry');
    }
    case 'foundedYear': {
      const year = /^\d{4}$/.test(input) ? Number(input) : NaN;
      return year >= 1000 && year <= 2100 ? { ok: true, value: year } : fail('correctionNotYear');
    }
    case 'followers':
      return parseWholeNumber(input, 'correctionNotNumber');
    case 'industry':
      return { ok: true, value: canonicalIndustry(input) ?? input };
    case 'technologies':
    case 'keywords':
      return parseList(input);
    case 'siren':
      return /^\d{9}$/.test(digitsOnly(input))
        ? { ok: true, value: digitsOnly(input) }
        : fail('correctionNotSiren');
    case 'siret':
      return /^\d{14}$/.test(digitsOnly(input))
        ? { ok: true, value: digitsOnly(input) }
        : fail('correctionNotSiret');
    case 'naf': {
      const naf = input.replace(/\s/g, '').toUpperCase();
      return /^\d{2}\.?\d{2}[A-Z]$/.test(naf) ? { ok: true, value: naf } : fail('correctionNotNaf');
    }
    case 'vatId':
      return { ok: true, value: input.replace(/[\s.-]/g, '').toUpperCase() };
    case 'domain':
      return { ok: true, value: bareDomain(input) };
    default:
      return { ok: true, value: input };
  }
}

/**
 * Reads what the user typed to correct one fact into a typed fact value: "120", "50-200" or
 * "10,001+" for a headcount, "12 M€" or "$5-10M" for a revenue, "France" or "FR" for a country,
 * a comma-separated list for technologies. The value is checked against the facts schema, so a
 * correction can never store something the scorer would not accept.
 *
 * Numbers are read strictly (lib/corrections/numbers), unlike lib/normalize's page-text parsers,
 * which pick a figure out of a sentence: a correction is read whole or refused with a hint, so
 * "200-50" or "12 apples" never silently become a headcount.
 */
export function parseFactInput<F extends FactField>(field: F, input: string): ParsedInput<F> {
  const trimmed = input.replace(/\s+/g, ' ').trim();
  if (!trimmed) return fail('correctionEmpty');
  const parsed = parseByField(field, trimmed);
  if (!parsed.ok) return parsed;
  if (Array.isArray(parsed.value) && parsed.value.length === 0) return fail('correctionEmpty');
  return isValidFactValue(field, parsed.value)
    ? (parsed as ParsedInput<F>)
    : fail(trimmed.length > 500 ? 'correctionTooLong' : 'correctionInvalid');
}

/** Whether a value is one the facts schema accepts for a field (stored corrections are re-checked). */
export function isValidFactValue<F extends FactField>(
  field: F,
  value: unknown,
): value is FactValue<F> {
  const schema = factsSchema.shape[field];
  if (!schema) return false;
  return schema.safeParse({ value, source: 'user', confidence: 1 }).success;
}
