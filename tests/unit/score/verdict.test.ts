import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../lib/facts/schema';
import { compileIcp } from '../../../lib/score/compile';
import { VerdictFlag } from '../../../lib/score/result';
import { DEFAULT_MIN_COVERAGE, GUESS_CONFIDENCE, MIN_KEYWORD_TEXT } from '../../../lib/score/rules';
import {
  disqualificationReason,
  disqualifications,
  scoreAgainstAll,
  scoreCompany,
} from '../../../lib/score/score';
import { makeFacts, makeIcp } from '../helpers';

/** Six criteria, weights 5 4 3 2 1 1 (16 in all), plus an exclude. */
const CRITERIA = [
  {
    id: 'industry',
    label: 'Software',
    field: 'industry',
    op: 'in',
    values: ['Software Development'],
    weight: 5,
  },
  {
    id: 'size',
    label: '50-500 staff',
    field: 'employees',
    op: 'between',
    min: 50,
    max: 500,
    weight: 4,
    role: 'must',
  },
  { id: 'country', label: 'In France', field: 'country', op: 'in', values: ['FR'], weight: 3 },
  {
    id: 'martech',
    label: 'Marketing automation',
    field: 'technologies',
    op: 'any',
    values: ['HubSpot'],
    weight: 2,
  },
  {
    id: 'b2b',
    label: 'Sells to businesses',
    field: 'keywords',
    op: 'contains-any',
    values: ['B2B'],
  },
  { id: 'founded', label: 'Since 2000', field: 'foundedYear', op: 'between', min: 2000 },
  {
    id: 'no-rivals',
    label: 'Not a competitor',
    field: 'domain',
    op: 'in',
    values: ['rival.example'],
    role: 'exclude',
  },
] as const;

const icp = makeIcp(CRITERIA);

/** Facts with a chosen confidence. */
function withConfidence<F extends keyof Facts>(
  facts: Facts,
  field: F,
  confidence: number,
  evidence?: string,
): Facts {
  const fact = facts[field]!;
  return { ...facts, [field]: { ...fact, confidence, ...(evidence ? { evidence } : {}) } };
}

const LONG_TEXT =
  'Nuagique builds invoicing software for accountants and their clients, hosted in France, with an open API and support in French.';

describe('rule 1: guesses are not evidence', () => {
  it('keeps the threshold in one constant', () => {
    expect(GUESS_CONFIDENCE).toBe(0.5);
  });

  it('scores a guessed fact unknown: in potential, never in score, shown as a guess', () => {
    const facts = withConfidence(
      makeFacts({ industry: 'Software Development', country: 'FR' }),
      'country',
      0.15,
      'page language fr',
    );
    const result = scoreCompany(facts, icp);
    const country = result.criteria.find((c) => c.id === 'country')!;
    expect(country.outcome).toBe('unknown');
    expect(country.evidence).toMatchObject({ value: 'FR', guess: true, confidence: 0.15 });
    expect(country.note).toBe("likely FR, from the page's language");
    expect(result.guessed).toEqual(['country']);
    expect(result.unknown).toContain('country');
    expect(result.score).toBe(Math.round((100 * 5) / 16));
    expect(result.potential).toBe(Math.round((100 * 16) / 16));
    // A sure fact of the same value counts.
    expect(
      scoreCompany(makeFacts({ industry: 'Software Development', country: 'FR' }), icp).score,
    ).toBe(Math.round((100 * 8) / 16));
  });

  it('a guess at the threshold is a fact; just below it is a guess', () => {
    const facts = makeFacts({ country: 'FR' });
    const at = scoreCompany(withConfidence(facts, 'country', GUESS_CONFIDENCE), icp);
    const below = scoreCompany(withConfidence(facts, 'country', GUESS_CONFIDENCE - 0.01), icp);
    expect(at.matched).toContain('country');
    expect(below.unknown).toContain('country');
  });

  it('never fails a must with a guess', () => {
    const facts = withConfidence(
      makeFacts({ employees: { min: 2000, max: 2000 } }),
      'employees',
      0.45,
    );
    const result = scoreCompany(facts, icp);
    expect(result.mustMissed).toEqual([]);
    expect(result.mustUnknown).toEqual(['size']);
    const note = result.criteria.find((c) => c.id === 'size')!.note;
    expect(note).toBe('likely 2,000, from a weak signal');
  });

  it('never satisfies a must with a guess', () => {
    const facts = withConfidence(makeFacts({ employees: { min: 60, max: 60 } }), 'employees', 0.3);
    expect(scoreCompany(facts, icp).matched).not.toContain('size');
  });

  it('never disqualifies on a guess', () => {
    const facts = withConfidence(makeFacts({ domain: 'rival.example' }), 'domain', 0.25);
    const result = scoreCompany(facts, icp);
    expect(result.disqualified).toBe(false);
    expect(result.excludedBy).toEqual([]);
    expect(result.guessed).toEqual(['no-rivals']);
    expect(compileIcp(icp).verdict(facts).flags & VerdictFlag.guessed).toBeTruthy();
  });

  it('names where a guess came from', () => {
    const byDomain = withConfidence(makeFacts({ country: 'FR' }, 'url'), 'country', 0.25);
    expect(scoreCompany(byDomain, icp).criteria.find((c) => c.id === 'country')!.note).toBe(
      'likely FR, from the web address',
    );
    const byText = withConfidence(makeFacts({ country: 'FR' }, 'text'), 'country', 0.3);
    expect(scoreCompany(byText, icp).criteria.find((c) => c.id === 'country')!.note).toBe(
      'likely FR, from the page text',
    );
  });

  it('leaves guessed text out of keyword matching', () => {
    const facts = withConfidence(makeFacts({ name: 'Acme B2B' }), 'name', 0.35);
    expect(scoreCompany(facts, icp).criteria.find((c) => c.id === 'b2b')!.outcome).toBe('unknown');
    expect(scoreCompany(makeFacts({ name: 'Acme B2B' }), icp).matched).toContain('b2b');
  });

  it('treats a guessed region group the same way', () => {
    const regional = makeIcp([
      { id: 'eu', label: 'EU', field: 'region', op: 'in', values: ['EU'] },
      { id: 'other', label: 'Other', field: 'city', op: 'in', values: ['Lyon'] },
    ]);
    const guessed = withConfidence(makeFacts({ country: 'FR' }), 'country', 0.2);
    expect(scoreCompany(guessed, regional).criteria[0]!.outcome).toBe('unknown');
    const notIn = makeIcp([
      { id: 'eu', label: 'Not EU', field: 'region', op: 'not-in', values: ['EU'] },
    ]);
    expect(scoreCompany(guessed, notIn).criteria[0]!.outcome).toBe('unknown');
  });
});

describe('rule 2: a miss needs evidence', () => {
  it('misses a keyword only when enough description or specialties were read', () => {
    const short = scoreCompany(makeFacts({ description: 'Invoicing for accountants.' }), icp);
    const b2b = short.criteria.find((c) => c.id === 'b2b')!;
    expect(b2b.outcome).toBe('unknown');
    expect(b2b.evidence?.value).toBe('no listed keyword');
    expect(b2b.note).toBe(
      `too little text read to rule it out (26 of ${MIN_KEYWORD_TEXT} characters)`,
    );
    expect(LONG_TEXT.length).toBeGreaterThanOrEqual(MIN_KEYWORD_TEXT);
    const long = scoreCompany(makeFacts({ description: LONG_TEXT }), icp);
    expect(long.missing).toContain('b2b');
    // Specialties count towards the length.
    const specialties = Array.from({ length: 10 }, (_, i) => `Specialty number ${i}`);
    expect(scoreCompany(makeFacts({ keywords: specialties }), icp).missing).toContain('b2b');
    // A name alone is never enough to rule a keyword out, but it can match.
    expect(scoreCompany(makeFacts({ name: 'Acme' }), icp).unknown).toContain('b2b');
    expect(scoreCompany(makeFacts({ name: 'Acme B2B' }), icp).matched).toContain('b2b');
  });

  it('a "none" keyword criterion needs the same evidence to pass', () => {
    const none = makeIcp([
      { id: 'no-crypto', label: 'No crypto', field: 'keywords', op: 'none', values: ['crypto'] },
    ]);
    expect(scoreCompany(makeFacts({ description: 'Short.' }), none).criteria[0]!.outcome).toBe(
      'unknown',
    );
    expect(scoreCompany(makeFacts({ description: LONG_TEXT }), none).criteria[0]!.outcome).toBe(
      'match',
    );
    expect(
      scoreCompany(makeFacts({ description: 'A crypto wallet.' }), none).criteria[0]!.outcome,
    ).toBe('miss');
  });

  it('technologies: no fact is unknown with the reason, an empty list read on the site is a miss', () => {
    const absent = scoreCompany(makeFacts({}), icp).criteria.find((c) => c.id === 'martech')!;
    expect(absent.outcome).toBe('unknown');
    expect(absent.note).toMatch(/own site/);
    const empty = scoreCompany(makeFacts({ technologies: [] }, 'tech'), icp);
    expect(empty.missing).toContain('martech');
    expect(empty.criteria.find((c) => c.id === 'martech')!.evidence?.value).toBe('none found');
  });

  it('lists stay exact for a fact that was read', () => {
    expect(scoreCompany(makeFacts({ country: 'DE' }), icp).missing).toContain('country');
  });
});

describe('rule 3: no tier without enough data', () => {
  it('is undecided when the tiers differ and less than minCoverage is known', () => {
    // Known: industry (5) matched, founded (1) matched: 6 of 16 known, 37.5 % < 50 %.
    const facts = makeFacts({ industry: 'Software Development', foundedYear: 2010 });
    const result = scoreCompany(facts, icp);
    expect(result).toMatchObject({
      score: 38,
      potential: 100,
      tier: null,
      potentialTier: 'A',
      tierRange: ['D', 'A'],
      decided: false,
    });
    // Heaviest unknown first, until half the weight is known: size (4) takes it to 10 of 16.
    expect(result.deciding).toEqual(['size']);
    expect(DEFAULT_MIN_COVERAGE).toBe(0.5);
  });

  it('lists as many deciding criteria as it takes', () => {
    const result = scoreCompany(makeFacts({ foundedYear: 2010 }), icp);
    // 1 of 16 known; industry (5) + size (4) bring it to 10: at least 8 needed.
    expect(result.deciding).toEqual(['industry', 'size']);
  });

  it('is decided when the score and the potential reach the same tier, however little is known', () => {
    const small = makeIcp(CRITERIA, {
      tiers: [
        { label: 'Hot', min: 90 },
        { label: 'Cold', min: 0 },
      ],
    });
    const result = scoreCompany(
      makeFacts({ industry: 'Retail', employees: { min: 10, max: 10 } }),
      small,
    );
    expect(result.decided).toBe(true);
    expect(result.tier).toBe('Cold');
  });

  it('is decided with enough coverage even if the tiers still differ', () => {
    // Known: industry 5 + size 4 = 9 of 16 (56 %).
    const facts = makeFacts({ industry: 'Software Development', employees: { min: 60, max: 60 } });
    const result = scoreCompany(facts, icp);
    expect(result.decided).toBe(true);
    expect(result.score).toBe(56);
    expect(result.tier).toBe('C');
    expect(result.tierRange).toEqual(['C', 'A']);
    expect(result.deciding).toEqual([]);
  });

  it('follows the ICP minCoverage', () => {
    const facts = makeFacts({ industry: 'Software Development', employees: { min: 60, max: 60 } });
    const strict = makeIcp(CRITERIA, { minCoverage: 0.8 });
    expect(scoreCompany(facts, strict)).toMatchObject({ decided: false, tier: null });
    expect(scoreCompany(facts, strict).deciding).toEqual(['country', 'martech']);
    const lenient = makeIcp(CRITERIA, { minCoverage: 0 });
    expect(scoreCompany(makeFacts({}), lenient)).toMatchObject({ decided: true, tier: 'D' });
    const exact = makeIcp(CRITERIA, { minCoverage: 9 / 16 });
    expect(scoreCompany(facts, exact).decided).toBe(true);
  });

  it('a matched exclude or a missed must decides at once', () => {
    const rival = scoreCompany(makeFacts({ domain: 'www.rival.example' }), icp);
    expect(rival).toMatchObject({
      decided: true,
      tier: 'excluded',
      tierRange: ['excluded', 'excluded'],
      disqualified: true,
    });
    const big = scoreCompany(makeFacts({ employees: { min: 5000, max: 10000 } }), icp);
    expect(big).toMatchObject({ decided: true, tier: 'D', tierRange: ['D', 'D'] });
    expect(big.mustMissed).toEqual(['size']);
  });

  it('counts must and nice criteria checked', () => {
    const result = scoreCompany(
      makeFacts({ industry: 'Software Development', foundedYear: 2010 }),
      icp,
    );
    expect([result.checked, result.total]).toEqual([2, 6]);
  });
});

describe('rule 4: best fit and disqualifications', () => {
  const other = makeIcp(
    [{ id: 'city', label: 'In Lyon', field: 'city', op: 'in', values: ['Lyon'], weight: 1 }],
    { id: 'lyon', name: 'Lyon' },
  );

  it('ranks decided verdicts above undecided ones, then by the existing order', () => {
    // Against `icp` undecided (score 38 … 100); against `other` decided D (a miss).
    const facts = makeFacts({ industry: 'Software Development', foundedYear: 2010, city: 'Paris' });
    const [first, second] = scoreAgainstAll(facts, [icp, other]);
    expect(first).toMatchObject({ icp: { id: 'lyon' }, decided: true, tier: 'D', score: 0 });
    expect(second).toMatchObject({ icp: { id: 'test' }, decided: false });
  });

  it('surfaces a disqualification by any ICP, whatever the others say', () => {
    const facts = makeFacts({ domain: 'rival.example', city: 'Lyon' });
    const results = scoreAgainstAll(facts, [icp, other]);
    expect(results[0]!.icp.id).toBe('lyon');
    const found = disqualifications(results);
    expect(found).toHaveLength(1);
    expect(found[0]!.icp).toEqual({ id: 'test', version: 1, name: 'Test ICP' });
    expect(found[0]!.criteria.map((c) => c.id)).toEqual(['no-rivals']);
    expect(disqualificationReason(found[0]!)).toBe('Not a competitor (rival.example)');
    expect(disqualifications(scoreAgainstAll(makeFacts({ city: 'Lyon' }), [icp, other]))).toEqual(
      [],
    );
  });
});

describe('compileIcp', () => {
  it('compiles an ICP once per object, and once per id, version and content', () => {
    const compiled = compileIcp(icp);
    expect(compileIcp(icp)).toBe(compiled);
    const copy = structuredClone(icp);
    expect(compileIcp(copy)).toBe(compiled);
    // A local edit that keeps the version is another ICP.
    const edited = structuredClone(icp);
    edited.criteria[0]!.weight = 1;
    const recompiled = compileIcp(edited);
    expect(recompiled).not.toBe(compiled);
    expect(recompiled.key).not.toBe(compiled.key);
    expect(recompiled.key.startsWith('test@1@')).toBe(true);
    const facts = makeFacts({ industry: 'Software Development' });
    expect(compiled.verdict(facts).score).not.toBe(recompiled.verdict(facts).score);
  });

  it('gives the verdict without the explanation: the same numbers', () => {
    const facts = makeFacts({ industry: 'Software Development', country: 'FR', foundedYear: 1990 });
    const compiled = compileIcp(icp);
    const verdict = compiled.verdict(facts);
    const full = compiled.explain(facts);
    expect(verdict).toMatchObject({
      score: full.score,
      potential: full.potential,
      tier: full.tier,
      tierRange: full.tierRange,
      decided: full.decided,
    });
    expect('criteria' in verdict).toBe(false);
    // Filling one object instead of making a new one gives the same verdict.
    const reused = compiled.verdict(makeFacts({}));
    expect(compiled.verdict(facts, reused)).toBe(reused);
    expect(reused).toEqual(verdict);
  });
});
