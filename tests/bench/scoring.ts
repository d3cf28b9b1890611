/**
 * Scoring throughput: synthetic accounts (deterministic facts, some unknown) scored with
 * `scoreCompany` against a 10-criterion ICP. Facts are made in chunks outside the timed part, so
 * the figure is scoring alone, over distinct accounts (no cache can help).
 */
import { performance } from 'node:perf_hooks';
import type { Facts } from '../../lib/facts/schema';
import { parseIcp } from '../../lib/icp/validate';
import type { Icp } from '../../lib/icp/schema';
import { scoreCompany } from '../../lib/score/score';
import { round } from './stats';

/** Ten criteria over every kind of field and operator a team would use. */
export function tenCriterionIcp(): Icp {
  const parsed = parseIcp({
    format: 'icp-lens/v1',
    id: 'bench-ten',
    name: 'Benchmark: ten criteria',
    version: 1,
    tiers: [
      { label: 'A', min: 80 },
      { label: 'B', min: 60 },
      { label: 'C', min: 40 },
      { label: 'D', min: 0 },
    ],
    criteria: [
      {
        id: 'industry',
        label: 'Software or IT',
        field: 'industry',
        op: 'in',
        values: ['Software Development', 'IT Services and IT Consulting'],
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
      {
        id: 'revenue',
        label: '€5-100M',
        field: 'revenue',
        op: 'between',
        min: 5e6,
        max: 1e8,
        currency: 'EUR',
        weight: 3,
      },
      {
        id: 'country',
        label: 'France, Belgium, Germany',
        field: 'country',
        op: 'in',
        values: ['FR', 'BE', 'DE'],
        weight: 3,
      },
      {
        id: 'city',
        label: 'Big cities',
        field: 'city',
        op: 'contains-any',
        values: ['Paris', 'Lyon', 'Berlin'],
        weight: 1,
      },
      {
        id: 'founded',
        label: 'Founded 2005-2020',
        field: 'foundedYear',
        op: 'between',
        min: 2005,
        max: 2020,
        weight: 1,
      },
      {
        id: 'martech',
        label: 'Marketing automation',
        field: 'technologies',
        op: 'any',
        values: ['HubSpot', 'Marketo', 'Pardot'],
        weight: 2,
      },
      {
        id: 'legal',
        label: 'Company form',
        field: 'legalForm',
        op: 'in',
        values: ['SAS', 'GmbH', 'SA'],
        weight: 1,
      },
      {
        id: 'saas',
        label: 'Says SaaS',
        field: 'keywords',
        op: 'contains-any',
        values: ['saas', 'platform', 'cloud'],
        weight: 2,
      },
      {
        id: 'no-rivals',
        label: 'Not a competitor',
        field: 'domain',
        op: 'in',
        values: ['rival-0.example', 'rival-1.example'],
        role: 'exclude',
      },
    ],
  });
  if (!parsed.ok) throw new Error(`bench ICP is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.icp;
}

const INDUSTRIES = [
  'Software Development',
  'IT Services and IT Consulting',
  'Manufacturing',
  'Retail',
  'Banking',
  'Hospitals and Health Care',
];
const COUNTRIES = ['FR', 'DE', 'BE', 'US', 'GB', 'ES', 'NL', 'IT'];
const CITIES = ['Paris', 'Lyon', 'Berlin', 'Leeds', 'Madrid', 'Ghent', 'Austin'];
const BANDS: [number, number | null][] = [
  [2, 10],
  [11, 50],
  [51, 200],
  [201, 500],
  [501, 1000],
  [1001, 5000],
  [10001, null],
];
const TECH = [['HubSpot', 'WordPress'], ['WordPress'], ['Marketo', 'Salesforce'], [], ['Shopify']];
const FORMS = ['SAS', 'SARL', 'GmbH', 'Ltd', 'SA', 'Inc.'];
const KEYWORDS = [['saas', 'b2b'], ['consulting'], ['cloud', 'platform'], ['retail']];

/** Account number i: facts vary with i, and about one in five facts is unknown. */
export function syntheticFacts(i: number): Facts {
  // A cheap integer hash so neighbouring accounts differ on every field.
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  const next = (n: number) => {
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return ((h >>> 0) % n) as number;
  };
  const known = () => next(5) !== 0;
  const fact = <T>(value: T) => ({ value, source: 'jsonld' as const, confidence: 0.9 });
  const facts: Facts = { name: fact(`Company ${i}`), domain: fact(`company-${i}.example`) };
  if (next(1000) === 0) facts.domain = fact(`rival-${next(2)}.example`);
  if (known()) facts.industry = fact(INDUSTRIES[next(INDUSTRIES.length)]!);
  if (known()) {
    const [min, max] = BANDS[next(BANDS.length)]!;
    facts.employees = fact({ min, max });
  }
  if (known()) {
    const min = 10 ** (5 + next(4));
    facts.revenue = fact({ min, max: min * 5, currency: 'EUR' });
  }
  if (known()) facts.country = fact(COUNTRIES[next(COUNTRIES.length)]!);
  if (known()) facts.city = fact(CITIES[next(CITIES.length)]!);
  if (known()) facts.foundedYear = fact(1980 + next(45));
  if (known()) facts.technologies = fact(TECH[next(TECH.length)]!);
  if (known()) facts.legalForm = fact(FORMS[next(FORMS.length)]!);
  if (known()) facts.keywords = fact(KEYWORDS[next(KEYWORDS.length)]!);
  return facts;
}

export type ScoringRun = {
  accounts: number;
  criteria: number;
  seconds: number;
  perSecond: number;
  microsPerAccount: number;
  /** Accounts per tier: a sanity check that the synthetic set exercises every outcome. */
  tiers: Record<string, number>;
};

/** Scores `count` distinct synthetic accounts; only scoring is timed. */
export function benchScoring(count: number, icp = tenCriterionIcp()): ScoringRun {
  // Untimed warm-up, so the first size measures compiled code rather than the compiler.
  for (let i = 0; i < 5_000; i++) scoreCompany(syntheticFacts(count + i), icp);
  const CHUNK = 10_000;
  const tiers: Record<string, number> = {};
  let spent = 0;
  for (let offset = 0; offset < count; offset += CHUNK) {
    const chunk: Facts[] = [];
    for (let i = offset; i < Math.min(count, offset + CHUNK); i++) chunk.push(syntheticFacts(i));
    const start = performance.now();
    for (const facts of chunk) {
      const result = scoreCompany(facts, icp);
      tiers[result.tier] = (tiers[result.tier] ?? 0) + 1;
    }
    spent += performance.now() - start;
  }
  return {
    accounts: count,
    criteria: icp.criteria.length,
    seconds: round(spent / 1000),
    perSecond: Math.round(count / (spent / 1000)),
    microsPerAccount: round((spent * 1000) / count, 2),
    tiers,
  };
}
