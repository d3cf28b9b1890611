import { describe, expect, it } from 'vitest';
import { bareScorer } from '../../../lib/derive/fast-score';
import { suggestIcp } from '../../../lib/derive/suggest';
import { bundledIcps } from '../../../lib/icp/bundled';
import type { Icp } from '../../../lib/icp/schema';
import { scoreCompany } from '../../../lib/score/score';
import { makeIcp } from '../helpers';
import { importSynthetic, syntheticAccounts } from './synthetic';

const accounts = importSynthetic(syntheticAccounts({ rows: 3000, seed: 4, neverWins: true }).csv);

const mixed = makeIcp(
  [
    {
      id: 'software',
      label: 'Software',
      field: 'industry',
      op: 'in',
      values: ['Technology, Information and Internet'],
      weight: 3,
      role: 'must',
    },
    {
      id: 'size',
      label: '40-600',
      field: 'employees',
      op: 'between',
      min: 40,
      max: 600,
      weight: 2,
    },
    { id: 'dach', label: 'DACH', field: 'region', op: 'in', values: ['DACH'], weight: 2 },
    { id: 'eu', label: 'EU', field: 'country', op: 'not-in', values: ['US', 'GB'], weight: 1 },
    {
      id: 'revenue',
      label: '$1-50M',
      field: 'revenue',
      op: 'between',
      min: 1e6,
      max: 5e7,
      currency: 'USD',
      weight: 2,
    },
    {
      id: 'martech',
      label: 'Martech',
      field: 'technologies',
      op: 'all',
      values: ['HubSpot', 'WordPress'],
      weight: 1,
    },
    { id: 'form', label: 'GmbH', field: 'legalForm', op: 'in', values: ['GmbH'], weight: 1 },
    {
      id: 'kw',
      label: 'Keywords',
      field: 'keywords',
      op: 'contains-any',
      values: ['company'],
      weight: 1,
    },
    {
      id: 'no-gov',
      label: 'Not government',
      field: 'industry',
      op: 'in',
      values: ['Government Administration'],
      role: 'exclude',
    },
  ],
  {
    tiers: [
      { label: 'Hot', min: 70 },
      { label: 'Warm', min: 35 },
      { label: 'Cold', min: 0 },
    ],
  },
);

describe('bareScorer', () => {
  const icps: Icp[] = [mixed, ...bundledIcps(), suggestIcp(accounts, { minSupport: 30 }).icp!];

  it.each(icps.map((icp) => [icp.id, icp] as const))(
    'gives the same score, tier, must and exclusion as scoreCompany (%s)',
    (_id, icp) => {
      const bare = bareScorer(icp);
      const tiers = new Set<string>();
      for (const account of accounts) {
        const full = scoreCompany(account.facts, icp);
        const fast = bare(account.facts);
        expect(fast).toEqual({
          score: full.score,
          tier: full.tier,
          disqualified: full.disqualified,
          mustMissed: full.mustMissed.length > 0,
        });
        tiers.add(fast.tier);
      }
      // The comparison covers more than one outcome: several tiers (and, for the mixed ICP,
      // missed musts and exclusions).
      expect(tiers.size).toBeGreaterThan(1);
      if (icp === mixed) expect([...tiers].sort()).toEqual(['Cold', 'Hot', 'Warm', 'excluded']);
    },
  );
});
