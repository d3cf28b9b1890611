import { describe, expect, it } from 'vitest';
import { icpSchema, type Icp, type PriorityColumn } from '../../../lib/icp/schema';
import { scoreContact } from '../../../lib/persona/contact';
import {
  companyVerdictOf,
  contactPriority,
  defaultPriorityCell,
  type CompanyVerdict,
} from '../../../lib/persona/priority';

const base = {
  format: 'icp-lens/v1',
  id: 'x',
  name: 'X',
  version: 1,
  criteria: [{ id: 'c', label: 'C', field: 'country', op: 'in', values: ['FR'] }],
  personas: [
    {
      id: 'buyer',
      name: 'Sales leader',
      role: 'decision-maker',
      seniorities: ['c-level', 'vp', 'head', 'director'],
      departments: ['sales'],
      notes: 'Owns the number; open to anything that shortens ramp-up.',
    },
    {
      id: 'champion',
      name: 'Sales ops',
      role: 'influencer',
      seniorities: ['manager', 'senior'],
      departments: ['sales', 'operations'],
    },
    { id: 'rep', name: 'Sales rep', role: 'user', seniorities: ['entry'], departments: ['sales'] },
  ],
};
const icpOf = (extra: Record<string, unknown> = {}): Icp => icpSchema.parse({ ...base, ...extra });
const tier = (label: string): CompanyVerdict => ({
  decided: true,
  tier: label,
  disqualified: false,
  mustMissed: false,
});

describe('the default priority matrix', () => {
  it('gives tier A × decision-maker P1 and fades with tier and role', () => {
    const columns: PriorityColumn[] = ['decision-maker', 'influencer', 'user', 'no-persona'];
    const rows = [0, 1, 2, 3].map((index) =>
      columns.map((column) => defaultPriorityCell(index, 4, column)),
    );
    expect(rows).toEqual([
      ['P1', 'P2', 'P2', 'P4'],
      ['P2', 'P3', 'P3', 'not-a-target'],
      ['P3', 'P4', 'P4', 'not-a-target'],
      ['P4', 'not-a-target', 'not-a-target', 'not-a-target'],
    ]);
  });

  it('spreads any number of tiers over the same four steps', () => {
    expect(defaultPriorityCell(0, 1, 'decision-maker')).toBe('P1');
    expect(defaultPriorityCell(1, 2, 'decision-maker')).toBe('P4');
    expect(defaultPriorityCell(9, 10, 'decision-maker')).toBe('P4');
    expect(defaultPriorityCell(0, 10, 'user')).toBe('P2');
  });
});

describe('contactPriority and scoreContact', () => {
  const icp = icpOf();

  it('makes the sales director of a tier A company P1, with the persona and the words', () => {
    const result = scoreContact('Directrice commerciale France', tier('A'), icp);
    expect(result.persona).toMatchObject({ key: 'buyer', fit: 100 });
    expect(result.persona?.persona.notes).toMatch(/ramp-up/);
    expect(result.priority).toEqual({
      priority: 'P1',
      because: 'matrix',
      tier: 'A',
      column: 'decision-maker',
      cell: 'P1',
      steppedDown: false,
    });
  });

  it('reads the row of the company tier and the column of the persona role', () => {
    expect(scoreContact('Sales Manager', tier('A'), icp).priority.priority).toBe('P2');
    expect(scoreContact('SDR', tier('B'), icp).priority.priority).toBe('P3');
    expect(scoreContact('VP Sales', tier('D'), icp).priority.priority).toBe('P4');
    expect(scoreContact('Software Engineer', tier('A'), icp).priority).toMatchObject({
      priority: 'P4',
      column: 'no-persona',
    });
    expect(scoreContact('Software Engineer', tier('B'), icp).priority.priority).toBe(
      'not-a-target',
    );
  });

  it('moves a partial fit one step down and says so', () => {
    // A sales manager is one step from the leader persona (fit 60) but the champion fits 100.
    const leaderOnly = icpOf({ personas: [base.personas[0]] });
    const result = scoreContact('Sales Manager', tier('A'), leaderOnly);
    expect(result.persona).toMatchObject({ key: 'buyer', fit: 60 });
    expect(result.priority).toMatchObject({ priority: 'P2', cell: 'P1', steppedDown: true });
  });

  it('counts a fit below minFit as no persona', () => {
    const strict = icpOf({ personas: [base.personas[0]], priorities: { minFit: 70 } });
    const result = scoreContact('Sales Manager', tier('A'), strict);
    expect(result.persona).toBeNull();
    expect(result.personas[0]).toMatchObject({ key: 'buyer', fit: 60 });
    expect(result.priority).toMatchObject({ priority: 'P4', column: 'no-persona' });
  });

  it('takes the ICP matrix where it has a cell, the default elsewhere', () => {
    const custom = icpOf({
      priorities: { matrix: { A: { user: 'P1' }, C: { 'decision-maker': 'not-a-target' } } },
    });
    expect(scoreContact('SDR', tier('A'), custom).priority.priority).toBe('P1');
    expect(scoreContact('VP Sales', tier('A'), custom).priority.priority).toBe('P1');
    expect(scoreContact('VP Sales', tier('C'), custom).priority.priority).toBe('not-a-target');
    expect(scoreContact('VP Sales', tier('B'), custom).priority.priority).toBe('P2');
  });

  it('lets the company decide alone when it is excluded, missed a must, undecided or unseen', () => {
    const cases: [CompanyVerdict | null, string, string][] = [
      [{ ...tier('A'), disqualified: true, tier: null }, 'not-a-target', 'company-disqualified'],
      [{ ...tier('D'), mustMissed: true }, 'not-a-target', 'company-must-missed'],
      [{ ...tier('A'), decided: false, tier: null }, 'undecided-company', 'company-undecided'],
      [null, 'company-not-seen', 'company-not-seen'],
      [tier('Z'), 'undecided-company', 'company-tier-unknown'],
    ];
    for (const [company, priority, because] of cases) {
      const result = scoreContact('VP Sales', company, icp);
      expect(result.priority, because).toMatchObject({ priority, because });
      // The persona is still shown beside the company's verdict.
      expect(result.persona?.key).toBe('buyer');
    }
  });

  it('works for an ICP without personas: everyone is "no persona"', () => {
    const bare = icpOf({ personas: undefined });
    expect(scoreContact('CEO', tier('A'), bare)).toMatchObject({
      personas: [],
      persona: null,
      priority: { priority: 'P4', column: 'no-persona' },
    });
  });

  it('rejects a persona whose excluded keyword is in the title', () => {
    const picky = icpOf({
      personas: [{ ...base.personas[0], excludeTitles: ['Assistant', 'Assistante'] }],
    });
    const result = scoreContact('Assistante de direction commerciale', tier('A'), picky);
    expect(result.personas[0]).toMatchObject({ fit: 0, excludedBy: 'Assistante' });
    expect(result.priority.column).toBe('no-persona');
    expect(contactPriority(tier('A'), null, picky).column).toBe('no-persona');
  });
});

describe('companyVerdictOf', () => {
  const result = { tier: 'B', disqualified: false, mustMissed: [] as string[] };

  it('reads a score from before undecided verdicts as decided', () => {
    expect(companyVerdictOf(result)).toEqual(tier('B'));
  });

  it('reads decided, disqualification and missed musts from a current score', () => {
    expect(companyVerdictOf({ ...result, decided: false, tier: null })).toMatchObject({
      decided: false,
      tier: null,
    });
    expect(companyVerdictOf({ ...result, tier: 'excluded', disqualified: true })).toMatchObject({
      disqualified: true,
      tier: null,
    });
    expect(companyVerdictOf({ ...result, tier: 'D', mustMissed: ['size'] })).toMatchObject({
      mustMissed: true,
      tier: 'D',
    });
  });
});
