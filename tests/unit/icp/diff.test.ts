import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../lib/i18n/translate';
import { diffIcps, diffLines } from '../../../lib/icp/diff';
import { diffText } from '../../../lib/icp/diff-text';
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
    const N = '\u202f';
    expect(diffText(diffIcps(before, after), createI18n('fr')).map((line) => line.text)).toEqual([
      `~ persona «${N}Sales leader${N}» modifié`,
      `~ persona «${N}Sales rep${N}» ajouté`,
      `~ persona «${N}Sales rep${N}» retiré`,
      '~ priorités de contact modifiées',
    ]);
  });

  it('reads in the user’s language in the Versions panel, with the editor’s names', () => {
    const N = '\u202f';
    expect(diffText(diffIcps(v2, v1), createI18n('en'))).toEqual([
      {
        kind: 'remove',
        text: '− Removed “Uses marketing automation” (Technologies uses any of HubSpot; weight 2, nice to have)',
      },
      { kind: 'change', text: '~ “50-500 employees”: range 20-500 → 50-500; weight 5 → 4' },
      {
        kind: 'change',
        text: '~ “France or Belgium”: values +BE −DE; role must have → nice to have',
      },
      { kind: 'change', text: '~ tier A from 75 → 80' },
      { kind: 'change', text: '~ tier C from 0 → 40' },
      { kind: 'change', text: '~ tier D added (from 0)' },
      { kind: 'change', text: '~ name Test ICP, wider → Test ICP' },
    ]);
    const french = diffText(diffIcps(v2, v1), createI18n('fr')).map((line) => line.text);
    expect(french[0]).toBe(
      `− Retiré${N}: «${N}Uses marketing automation${N}» (Technologies inclut au moins l’un de HubSpot${N}; poids 2, souhaitable)`,
    );
    expect(french[2]).toBe(
      `~ «${N}France or Belgium${N}»${N}: valeurs +BE −DE${N}; rôle obligatoire → souhaitable`,
    );
    expect(french[3]).toBe(`~ seuil du niveau A${N}: 75 → 80`);
    expect(
      diffText(diffIcps(v1, makeIcp([size, country], { version: 7 })), createI18n('fr')),
    ).toEqual([{ kind: 'change', text: 'Aucune différence.' }]);
    const stricter = diffIcps(
      makeIcp([size, country]),
      makeIcp([size, country], { minCoverage: 0.75 }),
    );
    expect(diffText(stricter, createI18n('en')).map((line) => line.text)).toEqual([
      '~ minimum coverage — → 75%',
    ]);
    expect(diffText(stricter, createI18n('fr')).map((line) => line.text)).toEqual([
      expect.stringMatching(/^~ couverture minimale — → 75[\u00a0\u202f]%$/),
    ]);
  });
});
