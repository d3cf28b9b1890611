import { describe, expect, it } from 'vitest';
import {
  blankDraft,
  documentFromDraft,
  draftFromIcp,
  localCopyOf,
  newCriterion,
  parseFactsInput,
  problemsOfCriterion,
  withField,
} from '../../../lib/icp/draft';
import { parseIcp } from '../../../lib/icp/validate';
import { makeIcp } from '../helpers';

const icp = makeIcp(
  [
    {
      id: 'size',
      label: 'Size',
      field: 'employees',
      op: 'between',
      min: 10,
      max: 90,
      role: 'must',
    },
    { id: 'where', label: 'Nordics', field: 'country', op: 'in', values: ['Nordics'], weight: 3 },
  ],
  { id: 'fjordwave', name: 'Fjordwave', version: 4 },
);

describe('the editor draft', () => {
  it('round-trips an ICP through the form model', () => {
    const parsed = parseIcp(documentFromDraft(draftFromIcp(icp)));
    expect(parsed.ok && { ...parsed.icp, updatedAt: undefined }).toEqual({
      ...icp,
      updatedAt: undefined,
    });
  });

  it('keeps personas and the priority matrix through an edit', () => {
    const withPersonas = {
      ...icp,
      personas: [
        {
          id: 'cfo',
          name: 'CFO',
          role: 'decision-maker' as const,
          seniorities: ['c-level' as const],
          departments: ['finance' as const],
          weight: 1,
        },
      ],
      priorities: { minFit: 60, strongFit: 80, matrix: { A: { user: 'P1' as const } } },
    };
    const parsed = parseIcp(documentFromDraft(draftFromIcp(withPersonas)));
    expect(parsed.ok && parsed.icp.personas).toEqual(withPersonas.personas);
    expect(parsed.ok && parsed.icp.priorities).toEqual(withPersonas.priorities);
  });

  it('a new ICP is valid out of the box, and a new criterion gets a free id', () => {
    expect(parseIcp(documentFromDraft(blankDraft())).ok).toBe(true);
    expect(newCriterion('country', ['country']).id).toBe('country-2');
  });

  it('changing the field keeps a valid operator and drops what no longer applies', () => {
    const draft = draftFromIcp(icp);
    const moved = withField(draft.criteria[0]!, 'technologies');
    expect(moved).toMatchObject({ field: 'technologies', op: 'any', values: [] });
    expect(moved.min).toBeUndefined();
    expect(withField(draft.criteria[1]!, 'revenue')).toMatchObject({ op: 'between', min: 0 });
  });

  it('a local copy gets a new id, name and version 1', () => {
    expect(localCopyOf(icp, ['fjordwave-copy'])).toMatchObject({
      id: 'fjordwave-copy-2',
      name: 'Fjordwave (local copy)',
      version: 1,
    });
  });

  it('routes problems to their criterion by JSON path', () => {
    const draft = draftFromIcp(icp);
    draft.criteria[1]!.values = [];
    draft.criteria[0]!.max = 5;
    const parsed = parseIcp(documentFromDraft(draft));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(problemsOfCriterion(parsed.problems, 0).map((p) => p.path)).toEqual(['criteria[0].max']);
    expect(problemsOfCriterion(parsed.problems, 1).map((p) => p.path)).toEqual([
      'criteria[1].values',
    ]);
  });

  it('reads pasted facts in the three shapes, and explains bad ones', () => {
    const plain = parseFactsInput('{"employees":{"min":51,"max":200},"country":"NO"}');
    expect(plain).toMatchObject({ ok: true, facts: { country: { value: 'NO', source: 'user' } } });
    const extracted = parseFactsInput(
      JSON.stringify({
        url: 'https://nordlys.example/',
        facts: { name: { value: 'Nordlys', source: 'jsonld', confidence: 0.9 } },
      }),
    );
    expect(extracted).toMatchObject({ ok: true, facts: { name: { value: 'Nordlys' } } });
    expect(parseFactsInput('{"country":"Norway"}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^country\.value: .*ISO/),
    });
    expect(parseFactsInput('{"country":')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid JSON/),
    });
  });
});
