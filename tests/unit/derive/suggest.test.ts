import { createI18n } from '../../../lib/i18n/translate';
import { describe, expect, it } from 'vitest';
import type { ImportedAccount } from '../../../lib/derive/accounts';
import { backtest, mannWhitneyAuc } from '../../../lib/derive/backtest';
import { suggestIcp } from '../../../lib/derive/suggest';
import { chooseTiers } from '../../../lib/derive/tiers';
import { icpSchema, type Icp } from '../../../lib/icp/schema';
import { makeIcp } from '../helpers';
import { importSynthetic, seededRandom, syntheticAccounts } from './synthetic';

const planted = syntheticAccounts({ rows: 10000, seed: 7, neverWins: true });
const accounts = importSynthetic(planted.csv);

const { say } = createI18n('en');

describe('suggestIcp on accounts with a planted truth', () => {
  const suggestion = suggestIcp(accounts, {
    minSupport: 30,
    sourceName: 'synthetic.csv',
    now: new Date('2026-11-22T08:00:00Z'),
  });
  const icp = suggestion.icp!;

  it('recovers the planted criteria and no others', () => {
    expect(suggestion.warnings).toEqual([]);
    expect(icpSchema.safeParse(icp).success).toBe(true);
    const byId = Object.fromEntries(icp.criteria.map((criterion) => [criterion.id, criterion]));
    expect(Object.keys(byId).sort()).toEqual([
      'country',
      'employees',
      'industry',
      'industry-exclude',
    ]);
    expect(byId.industry).toMatchObject({
      op: 'in',
      values: ['Software Development'],
      role: 'nice',
    });
    expect((byId.country?.values ?? []).slice().sort()).toEqual(['DE', 'FR']);
    expect(byId.employees).toMatchObject({ op: 'between', min: 51, max: 500 });
    expect(byId['industry-exclude']).toMatchObject({
      role: 'exclude',
      values: ['Government Administration'],
    });
    expect(icp).toMatchObject({
      format: 'icp-lens/v1',
      id: 'derived-synthetic',
      name: 'Derived from synthetic.csv',
      version: 1,
      updatedAt: '2026-11-22T08:00:00Z',
    });
  });

  it('keeps the numbers behind each criterion outside the ICP', () => {
    for (const criterion of icp.criteria) {
      const evidence = suggestion.evidence[criterion.id]!;
      expect(evidence.combined.accounts).toBeGreaterThanOrEqual(30);
      expect(evidence.combined.ci[0]).toBeLessThanOrEqual(evidence.combined.winRate);
      expect(evidence.combined.ci[1]).toBeGreaterThanOrEqual(evidence.combined.winRate);
      if (criterion.role === 'nice') {
        expect(evidence.combined.liftCi[0]).toBeGreaterThan(1);
        expect(criterion.weight).toBeGreaterThanOrEqual(2);
      } else expect(evidence.combined.winRate).toBe(0);
    }
    expect(JSON.stringify(icp)).not.toMatch(/winRate|lift/);
  });

  it('sets tier thresholds so that win rate falls from A to D', () => {
    const rates = suggestion.tiers.map((tier) => tier.winRate ?? 0);
    expect(suggestion.tiers.length).toBeGreaterThanOrEqual(3);
    for (let index = 1; index < rates.length; index++)
      expect(rates[index]).toBeLessThan(rates[index - 1]!);
    expect(icp.tiers.map((tier) => tier.label)).toEqual(suggestion.tiers.map((tier) => tier.label));
    // Tiers are fitted on scores: with every verdict decided (minCoverage 0), the backtest with
    // the suggested ICP agrees with the suggestion's own tier numbers.
    const result = backtest(accounts, { ...icp, minCoverage: 0 });
    const rows = result.tiers.filter((row) => row.label !== 'excluded');
    expect(rows.map((row) => row.won)).toEqual(suggestion.tiers.map((tier) => tier.won));
    // By default, accounts with too little known sit apart, in "?".
    const honest = backtest(accounts, icp);
    const undecided = honest.tiers.find((row) => row.label === '?');
    expect(undecided?.accounts).toBeGreaterThan(0);
    expect(honest.tiers.reduce((sum, row) => sum + row.won, 0)).toBe(
      result.tiers.reduce((sum, row) => sum + row.won, 0),
    );
  });

  it('finds nothing to suggest when the outcome is noise', () => {
    const random = seededRandom(3);
    const noise: ImportedAccount[] = accounts.map((account) => ({
      ...account,
      outcome: account.outcome === 'open' ? 'open' : random() < 0.1 ? 'won' : 'lost',
    }));
    const none = suggestIcp(noise, { minSupport: 30 });
    expect(none.icp).toBeNull();
    expect(none.warnings).toHaveLength(1);
    expect(say(none.warnings[0]!)).toMatch(/^No attribute value wins clearly more often/);
  });

  it('suggests legal forms and technologies with valid criterion ids', () => {
    const random = seededRandom(5);
    const skewed: ImportedAccount[] = accounts.map((account) => {
      if (account.outcome === 'open') return account;
      const gmbh = account.facts.legalForm?.value === 'GmbH';
      const usesShopify = account.facts.technologies?.value.includes('Shopify') ?? false;
      const chance = 0.03 + (gmbh ? 0.25 : 0) + (usesShopify ? 0.2 : 0);
      return { ...account, outcome: random() < chance ? 'won' : 'lost' };
    });
    const result = suggestIcp(skewed, { minSupport: 30 });
    const byId = Object.fromEntries(
      result.icp!.criteria.map((criterion) => [criterion.id, criterion]),
    );
    expect(byId['legal-form']).toMatchObject({ field: 'legalForm', op: 'in', values: ['GmbH'] });
    expect(byId.technologies).toMatchObject({ op: 'any', values: ['Shopify'] });
    expect(result.evidence['legal-form']?.field).toBe('legalForm');
  });

  it('falls back to 95% evidence on a small file, and says the draft is only a hint', () => {
    const small = importSynthetic(
      syntheticAccounts({ rows: 400, seed: 4, neverWins: true, model: 'additive' }).csv,
    );
    const result = suggestIcp(small, { minSupport: 20 });
    const moderate = Object.values(result.evidence).flatMap((evidence) =>
      evidence.values.filter((value) => value.signal === 'moderate'),
    );
    expect(moderate.length).toBeGreaterThan(0);
    expect(result.icp).not.toBeNull();
    expect(say(result.warnings[0]!)).toMatch(/beat it at 95% only, so treat it as a hint/);
  });

  it('does not turn a handful of lucky deals into a criterion', () => {
    const lucky: ImportedAccount[] = accounts.map((account) =>
      account.row <= 5
        ? {
            ...account,
            outcome: 'won',
            facts: { ...account.facts, country: { value: 'JP', source: 'import', confidence: 1 } },
          }
        : account,
    );
    const suggestion = suggestIcp(lucky, { minSupport: 30 });
    expect(suggestion.stats.fields.country.values.find((v) => v.value === 'JP')).toMatchObject({
      winRate: 1,
      supported: false,
    });
    const country = suggestion.icp!.criteria.find((criterion) => criterion.id === 'country');
    expect(country?.values).not.toContain('JP');
  });
});

function randomIcp(seed: number): Icp {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return makeIcp([
    {
      id: 'industry',
      label: 'Industry',
      field: 'industry',
      op: 'in',
      values: [pick(['Retail', 'Construction', 'Manufacturing', 'Financial Services'])],
      weight: 1 + Math.floor(random() * 5),
    },
    {
      id: 'country',
      label: 'Country',
      field: 'country',
      op: 'in',
      values: [pick(['ES', 'IT', 'GB', 'NL', 'US']), pick(['BE', 'FR', 'DE'])],
      weight: 1 + Math.floor(random() * 5),
    },
    {
      id: 'tech',
      label: 'Tech',
      field: 'technologies',
      op: 'any',
      values: [pick(['HubSpot', 'WordPress', 'Shopify'])],
      weight: 1 + Math.floor(random() * 5),
    },
  ]);
}

describe('backtest', () => {
  const plantedIcp = makeIcp([
    {
      id: 'industry',
      label: 'Software',
      field: 'industry',
      op: 'in',
      values: ['Software Development'],
      weight: 3,
    },
    {
      id: 'size',
      label: '51-500',
      field: 'employees',
      op: 'between',
      min: 51,
      max: 500,
      weight: 3,
    },
    { id: 'country', label: 'FR/DE', field: 'country', op: 'in', values: ['FR', 'DE'], weight: 3 },
  ]);

  it('ranks won above lost far better with the planted ICP than with random ones', () => {
    const truth = backtest(accounts, plantedIcp);
    expect(truth.auc).toBeGreaterThan(0.65);
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = backtest(accounts, randomIcp(seed));
      expect(random.auc).toBeLessThan(truth.auc! - 0.1);
      expect(random.auc).toBeGreaterThan(0.35);
    }
  });

  it('reports win rate and count per tier, the top tier value share and score bands', () => {
    const result = backtest(accounts, plantedIcp);
    expect(result.accounts).toBe(accounts.length);
    // Accounts whose facts leave the tier open are counted apart, under "?".
    expect(result.tiers.map((row) => row.label)).toEqual(['A', 'B', 'C', 'D', '?']);
    expect(result.tiers.reduce((sum, row) => sum + row.accounts, 0)).toBe(accounts.length);
    expect(result.tiers[0]!.winRate!).toBeGreaterThan(result.tiers[3]!.winRate! * 3);
    expect(result.topTierValueShare).toBeGreaterThan(0.3);
    expect(result.topTierValueShare).toBeLessThanOrEqual(1);
    expect(result.bands).toHaveLength(10);
    expect(result.bands[9]!.winRate).toBeCloseTo(result.tiers[0]!.winRate!, 5);
    const closed = result.bands.reduce((sum, band) => sum + band.won + band.lost, 0);
    expect(closed).toBe(result.won + result.lost);
  });

  it('puts disqualified accounts in their own row, at the bottom of the ranking', () => {
    const withExclude = makeIcp([
      ...plantedIcp.criteria,
      {
        id: 'no-fr',
        label: 'Not France',
        field: 'country',
        op: 'in',
        values: ['FR'],
        role: 'exclude',
      },
    ]);
    const result = backtest(accounts, withExclude);
    const excluded = result.tiers.find((row) => row.label === 'excluded');
    expect(excluded?.accounts).toBeGreaterThan(0);
    expect(result.auc).toBeLessThan(backtest(accounts, plantedIcp).auc!);
  });

  it('computes the Mann-Whitney AUC with ties counted half', () => {
    expect(mannWhitneyAuc([3, 4], [1, 2])).toBe(1);
    expect(mannWhitneyAuc([1, 2], [3, 4])).toBe(0);
    expect(mannWhitneyAuc([5, 5], [5, 5])).toBe(0.5);
    expect(mannWhitneyAuc([2, 5], [1, 5])).toBe(0.625);
    expect(mannWhitneyAuc([], [1])).toBeNull();
  });
});

describe('chooseTiers', () => {
  it('cuts the scores so that win rate falls strictly from tier to tier', () => {
    const scored = [
      ...Array.from({ length: 20 }, (_, index) => ({ score: 100, won: index < 12 })),
      ...Array.from({ length: 20 }, (_, index) => ({ score: 67, won: index < 6 })),
      ...Array.from({ length: 20 }, (_, index) => ({ score: 33, won: index < 2 })),
      ...Array.from({ length: 40 }, () => ({ score: 0, won: false })),
    ];
    expect(chooseTiers(scored, 10)).toEqual([
      { label: 'A', min: 100 },
      { label: 'B', min: 67 },
      { label: 'C', min: 33 },
      { label: 'D', min: 0 },
    ]);
  });

  it('uses fewer tiers when the win rate cannot fall four times', () => {
    const scored = [
      ...Array.from({ length: 20 }, (_, index) => ({ score: 100, won: index < 10 })),
      ...Array.from({ length: 20 }, () => ({ score: 50, won: false })),
    ];
    expect(chooseTiers(scored, 10)).toEqual([
      { label: 'A', min: 100 },
      { label: 'B', min: 0 },
    ]);
  });
});
