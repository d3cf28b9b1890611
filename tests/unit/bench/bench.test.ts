import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/extract/html';
import { extractCompany } from '../../../lib/extract/index';
import { syntheticPage } from '../../bench/growth';
import { parseRescore } from '../../bench/steps';
import { quantile, spread } from '../../bench/stats';
import { benchScoring, benchScoringPeers, tenCriterionIcp } from '../../bench/scoring';

describe('npm run bench helpers', () => {
  it('reads the figures out of bench:accounts output, with the lines that follow each run', () => {
    const runs = parseRescore([
      '   100,000 accounts: rescored in 33.84 s (338 ms per 1,000, 200 chunks; filling took 15.4 s)',
      '            of which scoring and merging (the same work without storage): 5.87 s',
      '            6666 accounts moved up to A, 16572 dropped to D',
    ]);
    expect(runs).toEqual([
      {
        accounts: 100_000,
        rescoreSeconds: 33.84,
        fillSeconds: 15.4,
        accountsPerSecond: 2955,
        lines: [
          '100,000 accounts: rescored in 33.84 s (338 ms per 1,000, 200 chunks; filling took 15.4 s)',
          'of which scoring and merging (the same work without storage): 5.87 s',
          '6666 accounts moved up to A, 16572 dropped to D',
        ],
      },
    ]);
  });

  it('takes p95 as the nearest rank, so one slow load in twenty is not the p95', () => {
    const loads = [...Array.from({ length: 19 }, () => 10), 500];
    expect(quantile(loads, 0.95)).toBe(10);
    expect(spread(loads)).toMatchObject({ median: 10, p95: 10, max: 500 });
  });

  it('grows a page to the size asked for and it still reads as the same company', () => {
    const small = syntheticPage(100_000);
    const big = syntheticPage(1_000_000);
    expect(small.length).toBeGreaterThanOrEqual(100_000);
    expect(small.length).toBeLessThan(110_000);
    expect(big.length).toBeGreaterThanOrEqual(1_000_000);
    const facts = extractCompany(parsePage(big), 'https://www.nuagique.fr/').facts;
    expect(facts.name?.value).toBe('Nuagique');
  });

  it('scores against a valid ten-criterion ICP and reaches every tier', () => {
    expect(tenCriterionIcp().criteria).toHaveLength(10);
    const run = benchScoring(2_000);
    expect(run.accounts).toBe(2_000);
    expect(Object.keys(run.tiers).sort()).toEqual(['?', 'A', 'B', 'C', 'D', 'excluded']);
    expect(run.verdictPerSecond).toBeGreaterThan(0);
    expect(run.explainedPerSecond).toBeGreaterThan(0);
  });

  it('gives the peers the same ICP as rules: they compute the same scores', async () => {
    const peers = await benchScoringPeers(500);
    expect(peers.agreement).toEqual({ jsonLogic: 1, jsonRulesEngine: 1 });
    expect(peers.compiledVerdictPerSecond).toBeGreaterThan(0);
    expect(peers.jsonLogicPerSecond).toBeGreaterThan(0);
  });
});
