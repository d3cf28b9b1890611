/**
 * The first engine's criterion evaluation, kept as a test oracle: where the verdict rules of
 * issue 13 do not apply (no guess, enough text read), the compiled scorer must agree with it.
 */
import type { Fact, Facts } from '../../../lib/facts/schema';
import type { Criterion } from '../../../lib/icp/schema';
import { convertCurrency } from '../../../lib/normalize/currency';
import { bareDomain } from '../../../lib/company/host';
import { industryMatches } from '../../../lib/normalize/industry';
import { expandCountries, regionName } from '../../../lib/normalize/regions';
import { foldText } from '../../../lib/normalize/text';
import { compareRange, formatBounds, formatRange } from '../../../lib/score/ranges';
import type { CriterionEvidence, Outcome } from '../../../lib/score/result';

export interface Evaluation {
  outcome: Outcome;
  evidence: CriterionEvidence | null;
  note?: string;
}

const UNKNOWN: Evaluation = { outcome: 'unknown', evidence: null };

function evidenceOf(fact: Fact<unknown>, value: string): CriterionEvidence {
  const evidence: CriterionEvidence = { value, source: fact.source, confidence: fact.confidence };
  if (fact.evidence) evidence.snippet = fact.evidence;
  if (fact.source === 'user') evidence.edited = true;
  return evidence;
}

function verdict(matched: boolean, fact: Fact<unknown>, shown: string, note?: string): Evaluation {
  const result: Evaluation = {
    outcome: matched ? 'match' : 'miss',
    evidence: evidenceOf(fact, shown),
  };
  if (note) result.note = note;
  return result;
}

const alphanumeric = (value: string) => foldText(value).replace(/[^a-z0-9]/g, '');
const stringValues = (criterion: Criterion) => (criterion.values ?? []).map(String);

/** Whether a company's scalar value is one of the criterion's values, per the field's rules. */
function isAmong(criterion: Criterion, value: string | number): boolean {
  const wanted = stringValues(criterion);
  switch (criterion.field) {
    case 'industry':
      return wanted.some((industry) => industryMatches(String(value), industry));
    case 'country':
      return expandCountries(wanted).has(String(value).toUpperCase());
    case 'domain': {
      const domain = bareDomain(String(value));
      return wanted.some((entry) => {
        const listed = bareDomain(entry);
        return domain === listed || domain.endsWith(`.${listed}`);
      });
    }
    case 'legalForm':
      return wanted.some((form) => alphanumeric(form) === alphanumeric(String(value)));
    case 'foundedYear':
      return wanted.some((year) => Number(year) === value);
    default:
      return wanted.some((entry) => foldText(entry) === foldText(String(value)));
  }
}

function containsWord(text: string, word: string): boolean {
  const needle = foldText(word);
  if (!needle) return false;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return false;
    const before = text[at - 1];
    const after = text[at + needle.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
}
const isWordChar = (char: string | undefined) => char !== undefined && /[a-z0-9]/.test(char);

function evaluateScalar(criterion: Criterion, fact: Fact<string | number> | undefined): Evaluation {
  if (!fact) return UNKNOWN;
  const shown = String(fact.value);
  if (criterion.op === 'contains-any') {
    const text = foldText(shown);
    return verdict(
      stringValues(criterion).some((word) => containsWord(text, word)),
      fact,
      shown,
    );
  }
  const among = isAmong(criterion, fact.value);
  return verdict(criterion.op === 'in' ? among : !among, fact, shown);
}

/** Region values may name country groups (EU, DACH…), checked on the country, or sub-national regions. */
function evaluateRegion(criterion: Criterion, facts: Facts): Evaluation {
  const wanted = stringValues(criterion);
  const groups = wanted.filter((value) => regionName(value));
  const places = wanted.filter((value) => !regionName(value));
  if (criterion.op === 'contains-any') return evaluateScalar(criterion, facts.region);
  const checks: Evaluation[] = [];
  if (groups.length > 0) {
    const country = facts.country;
    checks.push(
      country
        ? verdict(expandCountries(groups).has(country.value), country, country.value)
        : UNKNOWN,
    );
  }
  if (places.length > 0) {
    const region = facts.region;
    checks.push(
      region
        ? verdict(
            places.some((place) => foldText(place) === foldText(region.value)),
            region,
            region.value,
          )
        : UNKNOWN,
    );
  }
  const found = checks.find((check) => check.outcome === 'match');
  const among =
    found ?? checks.find((check) => check.outcome === 'unknown') ?? checks[0] ?? UNKNOWN;
  if (among.outcome === 'unknown' || criterion.op === 'in') return among;
  return { ...among, outcome: among.outcome === 'match' ? 'miss' : 'match' };
}

function evaluateBetween(criterion: Criterion, facts: Facts): Evaluation {
  if (criterion.field === 'foundedYear') {
    const fact = facts.foundedYear;
    if (!fact) return UNKNOWN;
    const inside =
      compareRange({ min: fact.value, max: fact.value }, criterion.min, criterion.max) === 'inside';
    return verdict(inside, fact, String(fact.value));
  }
  const fact = criterion.field === 'employees' ? facts.employees : facts.revenue;
  if (!fact) return UNKNOWN;
  let range = { min: fact.value.min, max: fact.value.max };
  let shown = formatRange(range);
  let note: string | undefined;
  if (criterion.field === 'revenue' && facts.revenue) {
    const from = facts.revenue.value.currency;
    const to = criterion.currency ?? 'EUR';
    shown = `${shown} ${from}`;
    if (from !== to) {
      const min = convertCurrency(range.min, from, to);
      const max = range.max === null ? null : convertCurrency(range.max, from, to);
      if (min === undefined || max === undefined)
        return {
          ...UNKNOWN,
          evidence: evidenceOf(fact, shown),
          note: `no exchange rate for ${from}`,
        };
      range = { min, max };
      note = `converted to about ${formatRange(range)} ${to}`;
    }
  }
  const result = compareRange(range, criterion.min, criterion.max);
  if (result === 'overlap-match' || result === 'overlap-miss') {
    const overlap = `${formatRange(range)} partly overlaps ${formatBounds(criterion.min, criterion.max)}; its middle decides`;
    note = note ? `${note}; ${overlap}` : overlap;
  }
  return verdict(result === 'inside' || result === 'overlap-match', fact, shown, note);
}

function evaluateList(criterion: Criterion, fact: Fact<string[]> | undefined): Evaluation {
  if (!fact) return UNKNOWN;
  const have = new Set(fact.value.map(foldText));
  const wanted = stringValues(criterion).map(foldText);
  const found = wanted.filter((value) => have.has(value));
  const shown = fact.value.length > 0 ? fact.value.join(', ') : 'none found';
  if (criterion.op === 'all') return verdict(found.length === wanted.length, fact, shown);
  if (criterion.op === 'none') return verdict(found.length === 0, fact, shown);
  return verdict(found.length > 0, fact, shown);
}

/** Keywords match the company's description, specialties and name. */
function evaluateKeywords(criterion: Criterion, facts: Facts): Evaluation {
  const parts = [facts.description, facts.keywords, facts.name].filter(
    (fact) => fact !== undefined,
  );
  const [first] = parts;
  if (!first) return UNKNOWN;
  const text = parts
    .map((fact) => (Array.isArray(fact.value) ? fact.value.join(' · ') : String(fact.value)))
    .map(foldText)
    .join(' · ');
  const hits = stringValues(criterion).filter((word) => containsWord(text, word));
  const matched = criterion.op === 'none' ? hits.length === 0 : hits.length > 0;
  const primary = facts.description ?? facts.keywords ?? first;
  const shown = hits.length > 0 ? `mentions ${hits.join(', ')}` : 'no listed keyword';
  return verdict(matched, primary, shown);
}

/** Decides one criterion against a company's facts: match, miss, or unknown when the fact is absent. */
export function evaluateCriterion(criterion: Criterion, facts: Facts): Evaluation {
  switch (criterion.field) {
    case 'employees':
    case 'revenue':
      return evaluateBetween(criterion, facts);
    case 'foundedYear':
      return criterion.op === 'between'
        ? evaluateBetween(criterion, facts)
        : evaluateScalar(criterion, facts.foundedYear);
    case 'technologies':
      return evaluateList(criterion, facts.technologies);
    case 'keywords':
      return evaluateKeywords(criterion, facts);
    case 'region':
      return evaluateRegion(criterion, facts);
    default:
      return evaluateScalar(criterion, facts[criterion.field]);
  }
}
