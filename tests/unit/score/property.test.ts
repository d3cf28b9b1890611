import { describe, expect, it } from 'vitest';
import type { Facts, FactSource } from '../../../lib/facts/schema';
import { bundledIcps } from '../../../lib/icp/bundled';
import type { Icp } from '../../../lib/icp/schema';
import { foldText } from '../../../lib/normalize/text';
import { compileIcp } from '../../../lib/score/compile';
import { VerdictFlag } from '../../../lib/score/result';
import { GUESS_CONFIDENCE, MIN_KEYWORD_TEXT } from '../../../lib/score/rules';
import { tenCriterionIcp } from '../../bench/scoring';
import { makeIcp } from '../helpers';
import { evaluateCriterion as firstEngine } from './v1-evaluate';

/** A small seeded generator (mulberry32): the same cases on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick, chance: (p: number) => next() < p };
}

const LONG =
  'We build a B2B platform for logistics teams across Europe: planning, invoicing and tracking, hosted in France, with an open API.';
const POOLS = {
  name: [
    'Acme B2B',
    'Nuagique',
    'Société Générale',
    'Café Lumière SaaS',
    '  Big   Data  Co ',
    'b2b-platform',
  ],
  description: [
    'Short.',
    'Plateforme SaaS pour la logistique',
    LONG,
    `${LONG} Also crypto.`,
    'A long description that says nothing the criteria look for, repeated until it is long enough to count as read.',
  ],
  industry: [
    'Software Development',
    'Computer Software',
    'éditeur de logiciels',
    'IT Services and IT Consulting',
    'Technology, Information and Internet',
    'Retail',
    'Banking',
    'Something Unlisted',
    'Hospitals and Health Care',
  ],
  employees: [
    { min: 2, max: 10 },
    { min: 11, max: 50 },
    { min: 51, max: 200 },
    { min: 201, max: 700 },
    { min: 40, max: 40 },
    { min: 10001, max: null },
    { min: 300, max: 300 },
  ],
  revenue: [
    { min: 1e6, max: 5e6, currency: 'EUR' },
    { min: 5e6, max: 5e7, currency: 'USD' },
    { min: 2e7, max: null, currency: 'GBP' },
    { min: 1e7, max: 2e7, currency: 'XYZ' },
    { min: 9e7, max: 2e8, currency: 'EUR' },
  ],
  country: ['FR', 'DE', 'BE', 'US', 'GB', 'ES', 'CH', 'fr'],
  region: ['Île-de-France', 'ile de france', 'Bavaria', 'Auvergne-Rhône-Alpes'],
  city: ['Lyon', 'Saint-Étienne', 'PARIS', 'Berlin', 'Leeds'],
  foundedYear: [1985, 1999, 2005, 2010, 2020, 2024],
  technologies: [[], ['HubSpot'], ['hubspot', 'WordPress'], ['Marketo', 'Salesforce'], ['Shopify']],
  legalForm: ['SAS', 'S.A.S.', 'GmbH', 'Ltd', 'sarl', 'Inc.'],
  domain: [
    'rival.example',
    'www.rival.example',
    'shop.rival.example',
    'notrival.example',
    'https://Rival.example/x',
    'acme.fr',
  ],
  keywords: [
    ['SaaS', 'B2B'],
    ['Logistique', 'Transport'],
    ['crypto'],
    ['consulting', 'cloud platform'],
  ],
} as const;
const CONFIDENCES = [0.15, 0.3, 0.45, GUESS_CONFIDENCE, 0.6, 0.9, 1];
const SOURCES: FactSource[] = ['jsonld', 'text', 'url', 'linkedin', 'tech', 'user'];

function randomFacts(rng: ReturnType<typeof random>, sure: boolean): Facts {
  const facts: Record<string, unknown> = {};
  for (const [field, pool] of Object.entries(POOLS)) {
    if (!rng.chance(0.6)) continue;
    facts[field] = {
      value: rng.pick(pool as readonly unknown[]),
      source: rng.pick(SOURCES),
      confidence: sure ? rng.pick([0.5, 0.7, 1]) : rng.pick(CONFIDENCES),
      ...(rng.chance(0.3) ? { evidence: 'page language fr' } : {}),
    };
  }
  return facts as Facts;
}

/** Every field with every operator it takes, and all three roles. */
const everyOperator = makeIcp(
  [
    {
      id: 'ind-in',
      label: 'i',
      field: 'industry',
      op: 'in',
      values: ['Technology, Information and Internet'],
      weight: 3,
    },
    { id: 'ind-out', label: 'i', field: 'industry', op: 'not-in', values: ['Retail', 'Banking'] },
    {
      id: 'ind-text',
      label: 'i',
      field: 'industry',
      op: 'contains-any',
      values: ['software', 'logiciels'],
    },
    {
      id: 'staff',
      label: 's',
      field: 'employees',
      op: 'between',
      min: 50,
      max: 500,
      role: 'must',
      weight: 4,
    },
    { id: 'staff-min', label: 's', field: 'employees', op: 'between', min: 100 },
    {
      id: 'rev',
      label: 'r',
      field: 'revenue',
      op: 'between',
      min: 5e6,
      max: 1e8,
      currency: 'USD',
      weight: 2,
    },
    {
      id: 'country',
      label: 'c',
      field: 'country',
      op: 'in',
      values: ['FR', 'DACH', 'Benelux'],
      weight: 3,
    },
    { id: 'not-us', label: 'c', field: 'country', op: 'not-in', values: ['North America'] },
    { id: 'eu-or-idf', label: 'r', field: 'region', op: 'in', values: ['EU', 'Île-de-France'] },
    { id: 'not-bavaria', label: 'r', field: 'region', op: 'not-in', values: ['Bavaria', 'UK&I'] },
    { id: 'region-text', label: 'r', field: 'region', op: 'contains-any', values: ['france'] },
    { id: 'city', label: 'c', field: 'city', op: 'in', values: ['Lyon', 'Saint-Etienne'] },
    { id: 'city-out', label: 'c', field: 'city', op: 'not-in', values: ['Paris'] },
    { id: 'city-text', label: 'c', field: 'city', op: 'contains-any', values: ['saint'] },
    { id: 'founded', label: 'f', field: 'foundedYear', op: 'between', min: 2000, max: 2015 },
    { id: 'founded-in', label: 'f', field: 'foundedYear', op: 'in', values: [2010, '2020'] },
    { id: 'founded-out', label: 'f', field: 'foundedYear', op: 'not-in', values: [1999] },
    {
      id: 'tech-any',
      label: 't',
      field: 'technologies',
      op: 'any',
      values: ['HubSpot', 'Marketo'],
      weight: 2,
    },
    {
      id: 'tech-all',
      label: 't',
      field: 'technologies',
      op: 'all',
      values: ['HubSpot', 'WordPress'],
    },
    {
      id: 'tech-none',
      label: 't',
      field: 'technologies',
      op: 'none',
      values: ['Shopify'],
      role: 'must',
    },
    { id: 'form', label: 'l', field: 'legalForm', op: 'in', values: ['SAS', 'GmbH'] },
    { id: 'form-out', label: 'l', field: 'legalForm', op: 'not-in', values: ['Inc'] },
    {
      id: 'rival',
      label: 'd',
      field: 'domain',
      op: 'in',
      values: ['rival.example'],
      role: 'exclude',
    },
    { id: 'domain-out', label: 'd', field: 'domain', op: 'not-in', values: ['acme.fr'] },
    { id: 'domain-text', label: 'd', field: 'domain', op: 'contains-any', values: ['rival'] },
    {
      id: 'kw',
      label: 'k',
      field: 'keywords',
      op: 'contains-any',
      values: ['B2B', 'logistique', 'SaaS'],
      weight: 2,
    },
    {
      id: 'kw-none',
      label: 'k',
      field: 'keywords',
      op: 'none',
      values: ['crypto'],
      role: 'exclude',
    },
  ],
  { id: 'every-op', minCoverage: 0.4 },
);

const ICPS: Icp[] = [...bundledIcps(), tenCriterionIcp(), everyOperator];

describe('the compiled scorer on random facts', () => {
  it('gives the same verdict alone as with its explanation', () => {
    const rng = random(13);
    const seen = new Set<string>();
    for (let n = 0; n < 1200; n++) {
      const facts = randomFacts(rng, false);
      for (const icp of ICPS) {
        const compiled = compileIcp(icp);
        const verdict = compiled.verdict(facts);
        const full = compiled.explain(facts);
        const { flags, icp: ref, ...numbers } = verdict;
        expect(ref).toEqual(full.icp);
        expect(full).toMatchObject({ ...numbers, tierRange: [...verdict.tierRange] });
        expect(Boolean(flags & VerdictFlag.disqualified)).toBe(full.excludedBy.length > 0);
        expect(Boolean(flags & VerdictFlag.mustMissed)).toBe(full.mustMissed.length > 0);
        expect(Boolean(flags & VerdictFlag.mustUnknown)).toBe(full.mustUnknown.length > 0);
        expect(Boolean(flags & VerdictFlag.guessed)).toBe(full.guessed.length > 0);
        // Invariants of the rules.
        seen.add(full.decided ? (full.disqualified ? 'excluded' : 'decided') : 'undecided');
        if (full.guessed.length > 0) seen.add('guessed');
        expect(full.tier === null).toBe(!full.decided);
        expect(full.deciding.length > 0).toBe(!full.decided);
        expect(full.score).toBeLessThanOrEqual(full.potential);
        if (!full.decided) {
          expect(full.tierRange[0]).not.toBe(full.tierRange[1]);
          expect(full.disqualified || full.mustMissed.length > 0).toBe(false);
        }
        for (const id of full.guessed) {
          const criterion = full.criteria.find((c) => c.id === id)!;
          expect(criterion.outcome).toBe('unknown');
          expect(criterion.evidence?.guess).toBe(true);
        }
      }
    }
    // The random facts reach every kind of verdict.
    expect([...seen].sort()).toEqual(['decided', 'excluded', 'guessed', 'undecided']);
  });

  it('keeps the first engine’s outcomes wherever the new rules do not apply', () => {
    const rng = random(15);
    let compared = 0;
    for (let n = 0; n < 800; n++) {
      const facts = randomFacts(rng, true);
      const read =
        (facts.description?.value.length ?? 0) +
        (facts.keywords?.value.reduce((sum, item) => sum + item.length, 0) ?? 0);
      for (const icp of ICPS) {
        const full = compileIcp(icp).explain(facts);
        icp.criteria.forEach((criterion, index) => {
          const now = full.criteria[index]!;
          const before = firstEngine(criterion, facts);
          // An absence is no longer a miss on too little text: the only allowed difference.
          if (
            criterion.field === 'keywords' &&
            read < MIN_KEYWORD_TEXT &&
            now.outcome === 'unknown'
          )
            return;
          compared++;
          // New: an absent technologies fact says why it is unknown.
          const note =
            criterion.field === 'technologies' && !facts.technologies ? undefined : now.note;
          expect({ id: criterion.id, outcome: now.outcome, note }).toEqual({
            id: criterion.id,
            outcome: before.outcome,
            note: before.note,
          });
          if (before.evidence) expect(now.evidence).toEqual(before.evidence);
        });
      }
    }
    expect(compared).toBeGreaterThan(20_000);
  });
});

describe('foldText', () => {
  const original = (value: string) =>
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();

  it('folds exactly as the plain definition on its short paths', () => {
    const rng = random(7);
    const alphabet = [
      'a',
      'Z',
      ' ',
      '  ',
      '\t',
      '\n',
      'é',
      'Î',
      '-',
      '.',
      '1',
      'ß',
      '\u00a0',
      'x',
      'Q',
    ];
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = Math.floor(rng.next() * 12);
      for (let i = 0; i < length; i++) text += rng.pick(alphabet);
      expect(foldText(text)).toBe(original(text));
    }
  });
});
