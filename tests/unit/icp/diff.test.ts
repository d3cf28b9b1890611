import { describe, expect, it } from 'vitest';
import { diffIcps, diffLines } from '../../../lib/icp/diff';
import { makeIcp } from '../helpers';

const size = {
  id: 'size',
  label: '50-500 employees',
  field: 'employees',
  op: 'between',
  min: 50,
  max: 500,
  weight: 4,
  role: 'must',
};
const country = {
  id: 'country',
  label: 'France or Belgium',
  field: 'country',
  op: 'in',
  values: ['FR', 'BE'],
  weight: 3,
};
const tech = {
  id: 'martech',
  label: 'Uses marketing automation',
  field: 'technologies',
  op: 'any',
  values: ['HubSpot'],
  weight: 2,
};

describe('diffIcps', () => {
  const v1 = makeIcp([size, country], { version: 1 });
  const v2 = makeIcp(
    [{ ...size, min: 20, weight: 5 }, { ...country, values: ['FR', 'DE'], role: 'must' }, tech],
    {
      version: 2,
      name: 'Test ICP, wider',
      tiers: [
        { label: 'A', min: 75 },
        { label: 'B', min: 60 },
        { label: 'C', min: 0 },
      ],
    },
  );

  it('lists criteria added, removed and changed, tiers and details', () => {
    const diff = diffIcps(v1, v2);
    expect(diff.added.map((c) => c.id)).toEqual(['martech']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      {
        id: 'size',
        label: '50-500 employees',
        changes: [
          expect.objectContaining({ what: 'range', text: 'range 50-500 → 20-500' }),
          expect.objectContaining({ what: 'weight', text: 'weight 4 → 5' }),
        ],
      },
      {
        id: 'country',
        label: 'France or Belgium',
        changes: [
          expect.objectContaining({ text: 'values +DE −BE' }),
          expect.objectContaining({ text: 'role nice → must' }),
        ],
      },
    ]);
    expect(diff.tiers.map((t) => t.text)).toEqual([
      'tier A from 80 → 75',
      'tier C from 40 → 0',
      'tier D removed',
    ]);
    expect(diff.same).toBe(false);
  });

  it('reads as lines, and says so when nothing changed', () => {
    expect(diffLines(diffIcps(v2, v1))).toEqual([
      '− Removed "Uses marketing automation" (technologies any HubSpot; weight 2, nice)',
      '~ "50-500 employees": range 20-500 → 50-500; weight 5 → 4',
      '~ "France or Belgium": values +BE −DE; role must → nice',
      '~ tier A from 75 → 80',
      '~ tier C from 0 → 40',
      '~ tier D added (from 0)',
      '~ name Test ICP, wider → Test ICP',
    ]);
    expect(diffLines(diffIcps(v1, makeIcp([size, country], { version: 7 })))).toEqual([
      'No difference.',
    ]);
    expect(diffIcps(v1, makeIcp([country, size])).same).toBe(false);
  });

  it('names personas added, removed and edited, and a changed priority matrix', () => {
    const leader = {
      id: 'leader',
      name: 'Sales leader',
      role: 'decision-maker' as const,
      departments: ['sales' as const],
      weight: 1,
    };
    const rep = { name: 'Sales rep', role: 'user' as const, weight: 1 };
    const before = makeIcp([size, country], { personas: [leader, rep] });
    const after = makeIcp([size, country], {
      personas: [
        { ...leader, seniorities: ['vp' as const] },
        { ...rep, id: 'rep' },
      ],
      priorities: { minFit: 60, strongFit: 80 },
    });
    expect(diffLines(diffIcps(before, after))).toEqual([
      '~ persona "Sales leader" edited',
      '~ persona "Sales rep" added',
      '~ persona "Sales rep" removed',
      '~ contact priorities changed',
    ]);
    expect(diffIcps(before, after).same).toBe(false);
    expect(diffIcps(before, makeIcp([size, country], { personas: [leader, rep] })).same).toBe(true);
  });
});
