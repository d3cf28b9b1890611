import type { Fact, Facts } from '../facts/schema';
import type { Criterion } from '../icp/schema';
import { phrase, type Phrase } from '../i18n/phrase';
import { convertCurrency } from '../normalize/currency';
import { bareDomain } from '../company/host';
import { INDUSTRIES, canonicalIndustry, industryAncestry } from '../normalize/industry';
import { expandCountries, regionName } from '../normalize/regions';
import { foldText } from '../normalize/text';
import { compareBounds, formatBounds, formatRange } from './ranges';
import type { CriterionEvidence, GuessNoteKey } from './result';
import { MIN_KEYWORD_TEXT, isGuess } from './rules';

/**
 * One criterion compiled once per ICP: its values normalised into sets, industry groups expanded,
 * regions resolved to countries, keyword needles folded. `decide` gives the outcome alone (no
 * allocation on the usual path); `explain` gives the same outcome with its evidence and note.
 * docs/scoring.md states each rule.
 */

/** Outcome codes: `GUESS` is unknown because the fact is a guess. */
export const MATCH = 0;
export const MISS = 1;
export const UNKNOWN = 2;
export const GUESS = 3;
export type Code = typeof MATCH | typeof MISS | typeof UNKNOWN | typeof GUESS;

export interface Explained {
  code: Code;
  evidence: CriterionEvidence | null;
  note?: string;
  /** The note as a phrase, for the extension pages to word (`note` stays English, for the CLI). */
  notePhrase?: Phrase;
}

export interface CompiledCriterion {
  readonly criterion: Criterion;
  decide(facts: Facts): Code;
  explain(facts: Facts): Explained;
}

type AnyFact = Fact<unknown>;

// --- Helpers ------------------------------------------------------------------------------------

/** Per-value results are kept up to this many distinct values per criterion. */
const MEMO_LIMIT = 4096;

function memoized<K, V>(compute: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size < MEMO_LIMIT) memo.set(key, value);
    }
    return value;
  };
}

const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * Whether folded `text` holds folded `needle` as whole words: the characters on either side
 * are not a-z or 0-9 (or are the text's ends). An empty needle never matches.
 */
export function containsWord(text: string, needle: string): boolean {
  if (!needle) return false;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return false;
    const end = at + needle.length;
    if ((at === 0 || !isWordCode(text.charCodeAt(at - 1))) && !isWordCode(text.charCodeAt(end)))
      return true;
    from = at + 1;
  }
}

function containsAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (containsWord(text, needle)) return true;
  return false;
}

const stringValues = (criterion: Criterion) => (criterion.values ?? []).map(String);
const alphanumeric = (value: string) => foldText(value).replace(/[^a-z0-9]/g, '');

function evidenceOf(fact: AnyFact, value: string): CriterionEvidence {
  const evidence: CriterionEvidence = { value, source: fact.source, confidence: fact.confidence };
  if (fact.evidence) evidence.snippet = fact.evidence;
  if (fact.source === 'user') evidence.edited = true;
  return evidence;
}

/** Where a guess came from, in English words ("the page's language") and as a phrase key. */
function guessOrigin(fact: AnyFact): readonly [string, GuessNoteKey] {
  if (fact.evidence?.startsWith('page language'))
    return ["the page's language", 'noteGuessFromLanguage'];
  if (fact.source === 'url') return ['the web address', 'noteGuessFromAddress'];
  if (fact.source === 'text') return ['the page text', 'noteGuessFromText'];
  return ['a weak signal', 'noteGuessFromWeakSignal'];
}

/** The explanation of an outcome reached on one fact (or on none). */
function explained(
  code: Code,
  fact: AnyFact | undefined,
  shown: string,
  note?: string,
  notePhrase?: Phrase,
): Explained {
  if (!fact) return { code, evidence: null };
  if (code === GUESS) {
    const [origin, key] = guessOrigin(fact);
    return {
      code,
      evidence: { ...evidenceOf(fact, shown), guess: true },
      note: `likely ${shown}, from ${origin}`,
      notePhrase: phrase(key, shown),
    };
  }
  const result: Explained = { code, evidence: evidenceOf(fact, shown) };
  if (note) result.note = note;
  if (notePhrase) result.notePhrase = notePhrase;
  return result;
}

// --- Scalar fields: in, not-in, contains-any ----------------------------------------------------

/** Whether a scalar value is among the criterion's values, per the field's rules. */
function scalarTest(criterion: Criterion): (value: string | number) => boolean {
  const values = stringValues(criterion);
  if (criterion.op === 'contains-any') {
    const needles = values.map(foldText);
    return memoized((value) => containsAny(foldText(String(value)), needles));
  }
  switch (criterion.field) {
    case 'industry': {
      // A wanted industry known to the taxonomy matches itself and everything below it.
      const targets = new Set<string>();
      const unlisted = new Set<string>();
      for (const value of values) {
        const label = canonicalIndustry(value);
        if (label) targets.add(label);
        else unlisted.add(foldText(value));
      }
      const expanded = new Set<string>();
      for (const entry of INDUSTRIES)
        if (industryAncestry(entry.label).some((label) => targets.has(label)))
          expanded.add(entry.label);
      return memoized((value) => {
        const label = canonicalIndustry(String(value));
        return label ? expanded.has(label) : unlisted.has(foldText(String(value)));
      });
    }
    case 'country': {
      const codes = expandCountries(values);
      return memoized((value) => codes.has(String(value).toUpperCase()));
    }
    case 'domain': {
      const listed = values.map(bareDomain);
      const suffixes = listed.map((domain) => `.${domain}`);
      // Domains are unique per company: no memo, a fast path for values already bare.
      return (value) => {
        const text = String(value);
        const domain = isBareDomain(text) ? text : bareDomain(text);
        for (let i = 0; i < listed.length; i++)
          if (domain === listed[i] || domain.endsWith(suffixes[i]!)) return true;
        return false;
      };
    }
    case 'legalForm': {
      const forms = new Set(values.map(alphanumeric));
      return memoized((value) => forms.has(alphanumeric(String(value))));
    }
    case 'foundedYear': {
      const years = new Set(values.map(Number).filter((year) => !Number.isNaN(year)));
      return (value) => typeof value === 'number' && years.has(value);
    }
    default: {
      const folded = new Set(values.map(foldText));
      return memoized((value) => folded.has(foldText(String(value))));
    }
  }
}

/** Whether bareDomain would return `text` unchanged: a-z, 0-9, dashes and inner dots, no www. */
function isBareDomain(text: string): boolean {
  if (text.length === 0 || text.startsWith('www.')) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 46) return false;
    } else if (!isWordCode(code) && code !== 45) return false;
  }
  return true;
}

type ScalarField = 'industry' | 'country' | 'city' | 'legalForm' | 'domain' | 'foundedYear';

function compileScalar(criterion: Criterion, field: ScalarField | 'region'): CompiledCriterion {
  const test = scalarTest(criterion);
  const negate = criterion.op === 'not-in';
  const decideFact = (fact: Fact<string | number> | undefined): Code => {
    if (fact === undefined) return UNKNOWN;
    if (isGuess(fact)) return GUESS;
    return test(fact.value) !== negate ? MATCH : MISS;
  };
  return {
    criterion,
    decide: (facts) => decideFact(facts[field]),
    explain(facts) {
      const fact = facts[field];
      return explained(decideFact(fact), fact, fact ? String(fact.value) : '');
    },
  };
}

// --- Region: country groups or sub-national regions ---------------------------------------------

function compileRegion(criterion: Criterion): CompiledCriterion {
  if (criterion.op === 'contains-any') return compileScalar(criterion, 'region');
  const values = stringValues(criterion);
  const groups = values.filter((value) => regionName(value));
  const places = new Set(values.filter((value) => !regionName(value)).map(foldText));
  const countries = expandCountries(groups);
  const negate = criterion.op === 'not-in';
  const inPlaces = memoized((value: string) => places.has(foldText(value)));

  const onCountry = (fact: Fact<string> | undefined): Code =>
    fact === undefined ? UNKNOWN : isGuess(fact) ? GUESS : countries.has(fact.value) ? MATCH : MISS;
  const onRegion = (fact: Fact<string> | undefined): Code =>
    fact === undefined ? UNKNOWN : isGuess(fact) ? GUESS : inPlaces(fact.value) ? MATCH : MISS;

  /**
   * Which check speaks: a matching one (groups first), else an unknown one, else the first.
   * Returns 0 for the country check, 1 for the region check.
   */
  const pick = (facts: Facts): { which: 0 | 1; code: Code } => {
    const country = groups.length > 0 ? onCountry(facts.country) : -1;
    const region = places.size > 0 ? onRegion(facts.region) : -1;
    if (country === MATCH) return { which: 0, code: MATCH };
    if (region === MATCH) return { which: 1, code: MATCH };
    if (country >= UNKNOWN) return { which: 0, code: country as Code };
    if (region >= UNKNOWN) return { which: 1, code: region as Code };
    return country === MISS ? { which: 0, code: MISS } : { which: 1, code: MISS };
  };
  const flip = (code: Code): Code =>
    !negate || code >= UNKNOWN ? code : code === MATCH ? MISS : MATCH;

  return {
    criterion,
    decide(facts) {
      const country = groups.length > 0 ? onCountry(facts.country) : -1;
      const region = places.size > 0 ? onRegion(facts.region) : -1;
      if (country === MATCH || region === MATCH) return flip(MATCH);
      if (country >= UNKNOWN) return country as Code;
      if (region >= UNKNOWN) return region as Code;
      return flip(MISS);
    },
    explain(facts) {
      const { which, code } = pick(facts);
      const fact = which === 0 ? facts.country : facts.region;
      return explained(flip(code), fact, fact?.value ?? '');
    },
  };
}

// --- Ranges: employees, revenue, founding year --------------------------------------------------

function compileBetween(criterion: Criterion): CompiledCriterion {
  const { min, max } = criterion;
  if (criterion.field === 'foundedYear') {
    const decideFact = (fact: Fact<number> | undefined): Code =>
      fact === undefined
        ? UNKNOWN
        : isGuess(fact)
          ? GUESS
          : compareBounds(fact.value, fact.value, min, max) === 'inside'
            ? MATCH
            : MISS;
    return {
      criterion,
      decide: (facts) => decideFact(facts.foundedYear),
      explain(facts) {
        const fact = facts.foundedYear;
        return explained(decideFact(fact), fact, fact ? String(fact.value) : '');
      },
    };
  }
  if (criterion.field === 'employees') {
    const decideFact = (fact: Facts['employees']): Code => {
      if (fact === undefined) return UNKNOWN;
      if (isGuess(fact)) return GUESS;
      const verdict = compareBounds(fact.value.min, fact.value.max, min, max);
      return verdict === 'inside' || verdict === 'overlap-match' ? MATCH : MISS;
    };
    return {
      criterion,
      decide: (facts) => decideFact(facts.employees),
      explain(facts) {
        const fact = facts.employees;
        if (!fact) return explained(UNKNOWN, undefined, '');
        const code = decideFact(fact);
        return explained(code, fact, formatRange(fact.value), overlapNote(fact.value, criterion));
      },
    };
  }
  const to = criterion.currency ?? 'EUR';
  /** The company's revenue range in the criterion's currency, or undefined without a rate. */
  const converted = (value: NonNullable<Facts['revenue']>['value']) => {
    if (value.currency === to) return value;
    const low = convertCurrency(value.min, value.currency, to);
    const high = value.max === null ? null : convertCurrency(value.max, value.currency, to);
    return low === undefined || high === undefined ? undefined : { min: low, max: high };
  };
  const decideFact = (fact: Facts['revenue']): Code => {
    if (fact === undefined) return UNKNOWN;
    if (isGuess(fact)) return GUESS;
    const value = fact.value;
    let low = value.min;
    let high = value.max;
    if (value.currency !== to) {
      const range = converted(value);
      if (!range) return UNKNOWN;
      low = range.min;
      high = range.max;
    }
    const verdict = compareBounds(low, high, min, max);
    return verdict === 'inside' || verdict === 'overlap-match' ? MATCH : MISS;
  };
  return {
    criterion,
    decide: (facts) => decideFact(facts.revenue),
    explain(facts) {
      const fact = facts.revenue;
      if (!fact) return explained(UNKNOWN, undefined, '');
      const code = decideFact(fact);
      const from = fact.value.currency;
      const shown = `${formatRange(fact.value)} ${from}`;
      if (code === GUESS) return explained(code, fact, shown);
      const range = converted(fact.value);
      if (!range)
        return { code, evidence: evidenceOf(fact, shown), note: `no exchange rate for ${from}` };
      const notes = [
        from !== to ? `converted to about ${formatRange(range)} ${to}` : undefined,
        overlapNote(range, criterion),
      ].filter((note) => note !== undefined);
      return explained(code, fact, shown, notes.join('; ') || undefined);
    },
  };
}

function overlapNote(
  range: { min: number; max: number | null },
  criterion: Criterion,
): string | undefined {
  const verdict = compareBounds(range.min, range.max, criterion.min, criterion.max);
  if (verdict !== 'overlap-match' && verdict !== 'overlap-miss') return undefined;
  return `${formatRange(range)} partly overlaps ${formatBounds(criterion.min, criterion.max)}; its middle decides`;
}

// --- Technologies: any, all, none ---------------------------------------------------------------

function compileTechnologies(criterion: Criterion): CompiledCriterion {
  const wanted = [...new Set(stringValues(criterion).map(foldText))];
  const position = new Map(wanted.map((value, index) => [value, index] as const));
  const indexOf = memoized((name: string) => position.get(foldText(name)) ?? -1);
  const op = criterion.op;

  const decideFact = (fact: Fact<string[]> | undefined): Code => {
    if (fact === undefined) return UNKNOWN;
    if (isGuess(fact)) return GUESS;
    const list = fact.value;
    if (op !== 'all') {
      let found = false;
      for (let i = 0; i < list.length && !found; i++) found = indexOf(list[i]!) >= 0;
      return found === (op !== 'none') ? MATCH : MISS;
    }
    const seen = new Set<number>();
    for (const name of list) {
      const index = indexOf(name);
      if (index >= 0) seen.add(index);
    }
    return seen.size === wanted.length ? MATCH : MISS;
  };
  return {
    criterion,
    decide: (facts) => decideFact(facts.technologies),
    explain(facts) {
      const fact = facts.technologies;
      const code = decideFact(fact);
      if (!fact)
        return {
          code,
          evidence: null,
          note: "technologies are read only from the company's own site (its page code)",
          notePhrase: phrase('noteTechOwnSite'),
        };
      return explained(code, fact, fact.value.length > 0 ? fact.value.join(', ') : 'none found');
    },
  };
}

// --- Keywords: contains-any, none ---------------------------------------------------------------

type TextFact = Fact<string> | undefined;
type ListFact = Fact<string[]> | undefined;

/** A fact keywords may be read in: present and not a guess. */
const usable = <F extends AnyFact>(fact: F | undefined): F | undefined =>
  fact !== undefined && !isGuess(fact) ? fact : undefined;

/** Characters of description and specialties read: what an absence is judged on. */
function readLength(description: TextFact, keywords: ListFact): number {
  let length = description?.value.length ?? 0;
  if (keywords) for (const item of keywords.value) length += item.length;
  return length;
}

function compileKeywords(criterion: Criterion): CompiledCriterion {
  const values = stringValues(criterion);
  const needles = values.map(foldText);
  const mentions = (text: string) => containsAny(foldText(text), needles);
  // Specialties repeat across companies; names and descriptions rarely do.
  const mentionsShort = memoized(mentions);
  const none = criterion.op === 'none';

  const decideTexts = (description: TextFact, keywords: ListFact, name: TextFact): Code => {
    if (!description && !keywords && !name) return UNKNOWN;
    let found =
      (description !== undefined && mentions(description.value)) ||
      (name !== undefined && mentions(name.value));
    if (!found && keywords)
      for (let i = 0; i < keywords.value.length && !found; i++)
        found = mentionsShort(keywords.value[i]!);
    if (found) return none ? MISS : MATCH;
    if (readLength(description, keywords) >= MIN_KEYWORD_TEXT) return none ? MATCH : MISS;
    return UNKNOWN;
  };
  return {
    criterion,
    decide: (facts) =>
      decideTexts(usable(facts.description), usable(facts.keywords), usable(facts.name)),
    explain(facts) {
      const description = usable(facts.description);
      const keywords = usable(facts.keywords);
      const name = usable(facts.name);
      const code = decideTexts(description, keywords, name);
      const primary = description ?? keywords ?? name;
      if (!primary) return { code, evidence: null };
      const folded: string[] = [];
      if (description) folded.push(foldText(description.value));
      if (keywords) for (const item of keywords.value) folded.push(foldText(item));
      if (name) folded.push(foldText(name.value));
      const hits: string[] = [];
      for (let index = 0; index < values.length; index++)
        for (const text of folded)
          if (containsWord(text, needles[index]!)) {
            hits.push(values[index]!);
            break;
          }
      const shown = hits.length > 0 ? `mentions ${hits.join(', ')}` : 'no listed keyword';
      if (code !== UNKNOWN) return explained(code, primary, shown);
      const read = readLength(description, keywords);
      return explained(
        code,
        primary,
        shown,
        `too little text read to rule it out (${read} of ${MIN_KEYWORD_TEXT} characters)`,
        phrase('noteShortText', { decimal: read }, { decimal: MIN_KEYWORD_TEXT }),
      );
    },
  };
}

// --- Entry point --------------------------------------------------------------------------------

/** Compiles one criterion (values normalised once); see CompiledCriterion. */
export function compileCriterion(criterion: Criterion): CompiledCriterion {
  switch (criterion.field) {
    case 'employees':
    case 'revenue':
      return compileBetween(criterion);
    case 'foundedYear':
      return criterion.op === 'between'
        ? compileBetween(criterion)
        : compileScalar(criterion, 'foundedYear');
    case 'technologies':
      return compileTechnologies(criterion);
    case 'keywords':
      return compileKeywords(criterion);
    case 'region':
      return compileRegion(criterion);
    default:
      return compileScalar(criterion, criterion.field);
  }
}
