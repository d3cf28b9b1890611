import { describe, expect, it } from 'vitest';
import type { ImportedAccount } from '../../../lib/derive/accounts';
import { computeStats, type Signal } from '../../../lib/derive/stats';
import { normalQuantile, wilsonInterval } from '../../../lib/derive/wilson';
import { makeFacts } from '../helpers';
import { importSynthetic, syntheticAccounts } from './synthetic';

describe('wilsonInterval', () => {
  it('matches published values and stays inside [0, 1] for small counts', () => {
    const [low, high] = wilsonInterval(3, 3);
    expect(low).toBeCloseTo(0.4385, 3);
    expect(high).toBe(1);
    const [low2, high2] = wilsonInterval(40, 100);
    expect(low2).toBeCloseTo(0.3094, 3);
    expect(high2).toBeCloseTo(0.498, 3);
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });

  it('turns confidence levels into z values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.96, 3);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 6);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.0902, 3);
  });
});

function accounts(rows: { industry: string; outcome: 'won' | 'lost' | 'open'; count: number }[]) {
  const out: ImportedAccount[] = [];
  for (const row of rows)
    for (let index = 0; index < row.count; index++)
      out.push({
        row: out.length + 1,
        facts: makeFacts({ industry: row.industry }, 'import'),
        outcome: row.outcome,
      });
  return out;
}

describe('computeStats', () => {
  it('computes win rate, lift and its interval per value, leaving open deals out', () => {
    const stats = computeStats(
      accounts([
        { industry: 'Software Development', outcome: 'won', count: 30 },
        { industry: 'Software Development', outcome: 'lost', count: 20 },
        { industry: 'Software Development', outcome: 'open', count: 40 },
        { industry: 'Retail', outcome: 'won', count: 10 },
        { industry: 'Retail', outcome: 'lost', count: 90 },
      ]),
      { minSupport: 20 },
    );
    expect(stats.decided).toBe(150);
    expect(stats.open).toBe(40);
    expect(stats.baseWinRate).toBeCloseTo(40 / 150);
    const software = stats.fields.industry.values.find((v) => v.value === 'Software Development')!;
    expect(software).toMatchObject({ accounts: 50, won: 30, lost: 20, open: 40 });
    expect(software.winRate).toBeCloseTo(0.6);
    expect(software.lift).toBeCloseTo(0.6 / (40 / 150));
    expect(software.liftCi[0]).toBeCloseTo(software.ci[0] / (40 / 150));
    expect(software.signal).toBe('strong');
    expect(stats.fields.industry.values.find((v) => v.value === 'Retail')!.signal).toBe('below');
    expect(stats.fields.country.known).toBe(0);
    expect(stats.fields.country.unknown).toBe(150);
  });

  it('does not let three lucky deals become a signal', () => {
    const stats = computeStats(
      accounts([
        { industry: 'Construction', outcome: 'won', count: 3 },
        { industry: 'Retail', outcome: 'won', count: 20 },
        { industry: 'Retail', outcome: 'lost', count: 180 },
      ]),
      { minSupport: 20 },
    );
    const lucky = stats.fields.industry.values.find((v) => v.value === 'Construction')!;
    expect(lucky.winRate).toBe(1);
    expect(lucky.supported).toBe(false);
    expect(lucky.signal).toBe('none');
    // With support lowered to 3, the same three deals do count.
    const loose = computeStats(
      accounts([
        { industry: 'Construction', outcome: 'won', count: 3 },
        { industry: 'Retail', outcome: 'won', count: 20 },
        { industry: 'Retail', outcome: 'lost', count: 180 },
      ]),
      { minSupport: 3 },
    );
    expect(loose.fields.industry.values.find((v) => v.value === 'Construction')!.signal).not.toBe(
      'none',
    );
  });

  it('finds the planted segment in synthetic accounts and nothing else above base', () => {
    const { csv } = syntheticAccounts({ rows: 10000, seed: 7, neverWins: true });
    const stats = computeStats(importSynthetic(csv), { minSupport: 30 });
    const strong = (field: keyof typeof stats.fields) =>
      stats.fields[field].values.filter((v) => v.signal === 'strong').map((v) => v.value);
    expect(strong('industry')).toEqual(['Software Development']);
    expect(strong('country').sort()).toEqual(['DE', 'FR']);
    expect(strong('employees')).toEqual(['51-200', '201-500']);
    expect(strong('technologies')).toEqual([]);
    expect(strong('revenue')).toEqual([]);
    expect(strong('legalForm')).toEqual([]);
    const excluded = (signal: Signal) =>
      stats.fields.industry.values.filter((v) => v.signal === signal).map((v) => v.value);
    expect(excluded('exclude')).toEqual(['Government Administration']);
  });
});
