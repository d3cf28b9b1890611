/**
 * Scoring throughput: synthetic accounts (deterministic facts, some unknown) scored against a
 * 10-criterion ICP by the compiled scorer, verdict alone and with explanations, and by the rule
 * engines a team would otherwise reach for (json-logic-js, json-rules-engine) given the same ICP
 * as rules, on the same accounts in the same run. Facts are made in chunks outside the timed
 * part, so the figures are scoring alone, over distinct accounts.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import type { Facts } from '../../lib/facts/schema';
import { parseIcp } from '../../lib/icp/validate';
import type { Icp } from '../../lib/icp/schema';
import { compileIcp } from '../../lib/score/compile';
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

/** One mode's throughput over distinct accounts. */
export type ScoringMode = {
  accounts: number;
  seconds: number;
  perSecond: number;
  microsPerAccount: number;
  /**
   * Accounts per second of this process's CPU time: on a machine shared with other jobs, the
   * wall-clock figure counts the time other processes had the cores; this one does not.
   */
  perCpuSecond: number;
};

export type ScoringBench = {
  accounts: number;
  criteria: number;
  /** `compileIcp(icp).verdict`: score, potential, tier, decided, range and flags. */
  verdictPerSecond: number;
  /** `compileIcp(icp).explain`: the same with every criterion's evidence (what scoreCompany gives). */
  explainedPerSecond: number;
  verdict: ScoringMode;
  explained: ScoringMode;
  /** Accounts per tier (`?` undecided): a check that the synthetic set exercises every outcome. */
  tiers: Record<string, number>;
  peers?: ScoringPeers;
};

/** Scores `count` distinct synthetic accounts, verdict alone then explained; only scoring is timed. */
export function benchScoring(count: number, icp = tenCriterionIcp()): ScoringBench {
  const scorer = compileIcp(icp);
  // Untimed warm-up, so the figures measure compiled code rather than the compiler.
  for (let i = 0; i < Math.min(20_000, 2 * count); i++) {
    scorer.verdict(syntheticFacts(count + i));
    scorer.explain(syntheticFacts(count + i));
  }
  const tiers: Record<string, number> = {};
  // One verdict object filled per account, as a rescore would: nothing allocated per account.
  const reused = scorer.verdict(syntheticFacts(0));
  const verdict = timeChunks(count, (facts) => {
    const tier = scorer.verdict(facts, reused).tier ?? '?';
    tiers[tier] = (tiers[tier] ?? 0) + 1;
  });
  const explained = timeChunks(count, (facts) => scorer.explain(facts));
  return {
    accounts: count,
    criteria: icp.criteria.length,
    verdictPerSecond: verdict.perSecond,
    explainedPerSecond: explained.perSecond,
    verdict,
    explained,
    tiers,
  };
}

/**
 * A full garbage collection, run between chunks outside the timed part: making a chunk of
 * accounts leaves the collector work that would otherwise land in the timing of the next one.
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

function timeChunks(count: number, score: (facts: Facts) => unknown): ScoringMode {
  const CHUNK = 10_000;
  let spent = 0;
  let cpu = 0;
  for (let offset = 0; offset < count; offset += CHUNK) {
    const chunk: Facts[] = [];
    for (let i = offset; i < Math.min(count, offset + CHUNK); i++) chunk.push(syntheticFacts(i));
    collectGarbage();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (const facts of chunk) score(facts);
    spent += performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    cpu += (used.user + used.system) / 1000;
  }
  return {
    accounts: count,
    seconds: round(spent / 1000, 3),
    perSecond: Math.round(count / (spent / 1000)),
    microsPerAccount: round((spent * 1000) / count, 3),
    perCpuSecond: Math.round(count / (cpu / 1000)),
  };
}

// --- Peers: the same ICP as rules ---------------------------------------------------------------

/**
 * An account as a rule engine takes it: plain values, the range's middle worked out (the ICP's
 * overlap rule), unknown as null. Made outside the timed part, so the peers do less than the
 * compiled scorer (no guesses, no taxonomy, no currencies, no accents).
 */
export function flatten(facts: Facts) {
  const middle = (range?: { min: number; max: number | null }) =>
    range === undefined ? null : range.max === null ? range.min : (range.min + range.max) / 2;
  return {
    industry: facts.industry?.value ?? null,
    employees: middle(facts.employees?.value),
    revenue: middle(facts.revenue?.value),
    country: facts.country?.value ?? null,
    city: facts.city?.value ?? null,
    foundedYear: facts.foundedYear?.value ?? null,
    technologies: facts.technologies?.value ?? null,
    legalForm: facts.legalForm?.value ?? null,
    keywords: facts.keywords?.value ?? null,
    domain: facts.domain?.value ?? null,
  };
}
type Flat = ReturnType<typeof flatten>;

/** The ten criteria as (field, JSON Logic test, json-rules-engine conditions); same order as the ICP. */
function peerRules(icp: Icp) {
  const value = (field: string) => ({ var: field });
  return icp.criteria.map((criterion) => {
    const field = criterion.field as keyof Flat;
    const values = criterion.values ?? [];
    if (criterion.op === 'between')
      return {
        field,
        logic: { '<=': [criterion.min ?? -1e308, value(field), criterion.max ?? 1e308] } as object,
        conditions: [
          { fact: field, operator: 'greaterThanInclusive', value: criterion.min ?? -1e308 },
          { fact: field, operator: 'lessThanInclusive', value: criterion.max ?? 1e308 },
        ],
      };
    if (field === 'technologies' || field === 'keywords')
      return {
        field,
        logic: { some: [value(field), { in: [{ var: '' }, values] }] } as object,
        conditions: [{ fact: field, operator: 'someFact:in', value: values }],
      };
    // City contains-any on one-word cities is a list test too.
    return {
      field,
      logic: { in: [value(field), values] } as object,
      conditions: [{ fact: field, operator: 'in', value: values }],
    };
  });
}

export type ScoringPeers = {
  accounts: number;
  /** The compiled scorer's verdict on these very accounts, timed the same way. */
  compiledVerdictPerSecond: number;
  /** json-logic-js from the account's facts: flattening (the adapter a team writes) + rules. */
  jsonLogicPerSecond: number;
  /** json-logic-js on accounts flattened beforehand (untimed): the rules alone. */
  jsonLogicRulesOnlyPerSecond: number;
  /** json-rules-engine from the account's facts: flattening + rules (an async run per account). */
  jsonRulesEnginePerSecond: number;
  /** Compiled verdicts per second ÷ the peer's, on the same accounts. */
  ratios: { jsonLogic: number; jsonLogicRulesOnly: number; jsonRulesEngine: number };
  /** Share of accounts whose score the peer computed as the compiled scorer did. */
  agreement: { jsonLogic: number; jsonRulesEngine: number };
};

/**
 * The same ICP's arithmetic for a peer: which criteria matched (from the peer), which are
 * unknown (null values), weights, must and exclude, as the compiled scorer's rules.
 */
function peerScore(
  icp: Icp,
  flat: Flat,
  matched: readonly boolean[],
  fields: readonly (keyof Flat)[],
) {
  let total = 0;
  let earned = 0;
  for (let i = 0; i < icp.criteria.length; i++) {
    const criterion = icp.criteria[i]!;
    if (criterion.role === 'exclude') continue;
    total += criterion.weight;
    if (flat[fields[i]!] !== null && matched[i]) earned += criterion.weight;
  }
  return Math.round((100 * earned) / total);
}

/** json-logic-js and json-rules-engine on `count` accounts; accounts per second and agreement. */
/**
 * json-logic-js and json-rules-engine against the compiled scorer on the same `count` accounts,
 * each timed the same way, best of three interleaved rounds (a shared machine's load moves).
 */
export async function benchScoringPeers(
  count: number,
  icp = tenCriterionIcp(),
): Promise<ScoringPeers> {
  const rules = peerRules(icp);
  const fields = rules.map((rule) => rule.field);
  // An array of rules is a rule whose value is the array of their values.
  const logic = rules.map((rule) => rule.logic) as unknown as RulesLogic;
  const engine = new Engine(
    rules.map((rule, index) => ({
      name: String(index),
      conditions: { all: rule.conditions },
      event: { type: 'match', params: { index } },
    })),
    { allowUndefinedFacts: true },
  );
  const scorer = compileIcp(icp);
  const accounts = Array.from({ length: count }, (_, i) => syntheticFacts(i));
  const flats = accounts.map(flatten);
  // json-rules-engine is two orders of magnitude slower: a tenth of the accounts is enough.
  const engineCount = Math.max(1, Math.min(count, Math.ceil(count / 10)));
  const expected = accounts.map((facts) => scorer.verdict(facts).score);

  const logicScores: number[] = new Array<number>(count);
  const engineScores: number[] = new Array<number>(engineCount);
  const runs = {
    compiled: () => {
      const reused = scorer.verdict(accounts[0]!);
      let sum = 0;
      for (const facts of accounts) sum += scorer.verdict(facts, reused).score;
      return sum;
    },
    jsonLogic: () => {
      for (let i = 0; i < count; i++) {
        const flat = flatten(accounts[i]!);
        logicScores[i] = peerScore(icp, flat, jsonLogic.apply(logic, flat) as boolean[], fields);
      }
    },
    jsonLogicRulesOnly: () => {
      for (const flat of flats) jsonLogic.apply(logic, flat);
    },
    jsonRulesEngine: async () => {
      for (let i = 0; i < engineCount; i++) {
        const flat = flatten(accounts[i]!);
        const { events } = await engine.run(flat);
        const matched = fields.map(() => false);
        for (const event of events) matched[(event.params as { index: number }).index] = true;
        engineScores[i] = peerScore(icp, flat, matched, fields);
      }
    },
  };
  const best = { compiled: 0, jsonLogic: 0, jsonLogicRulesOnly: 0, jsonRulesEngine: 0 };
  for (let round = 0; round < 4; round++)
    for (const name of Object.keys(runs) as (keyof typeof runs)[]) {
      const start = performance.now();
      await runs[name]();
      const perSecond =
        (name === 'jsonRulesEngine' ? engineCount : count) / ((performance.now() - start) / 1000);
      // Round 0 warms every scorer up and is not counted.
      if (round > 0) best[name] = Math.max(best[name], Math.round(perSecond));
    }

  const agree = (scores: number[]) =>
    round(scores.filter((score, i) => score === expected[i]).length / scores.length, 3);
  const ratio = (peer: number) => round(best.compiled / peer, 1);
  return {
    accounts: count,
    compiledVerdictPerSecond: best.compiled,
    jsonLogicPerSecond: best.jsonLogic,
    jsonLogicRulesOnlyPerSecond: best.jsonLogicRulesOnly,
    jsonRulesEnginePerSecond: best.jsonRulesEngine,
    ratios: {
      jsonLogic: ratio(best.jsonLogic),
      jsonLogicRulesOnly: ratio(best.jsonLogicRulesOnly),
      jsonRulesEngine: ratio(best.jsonRulesEngine),
    },
    agreement: { jsonLogic: agree(logicScores), jsonRulesEngine: agree(engineScores) },
  };
}
