import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { icpJsonSchemaText } from '../../../lib/icp/json-schema';
import { parseIcp, parseIcpText } from '../../../lib/icp/validate';

const publicDir = new URL('../../../public/', import.meta.url);
const base = { format: 'icp-lens/v1', id: 'x', name: 'X', version: 1 };
const nice = { id: 'c', label: 'C', field: 'country', op: 'in', values: ['FR'] };

function problems(value: unknown) {
  const result = parseIcp(value);
  return result.ok ? [] : result.problems;
}

describe('bundled examples', () => {
  const files = readdirSync(new URL('icps/', publicDir)).filter((file) => file.endsWith('.json'));

  it.each(files)('%s is a valid ICP', (file) => {
    const result = parseIcpText(readFileSync(new URL(`icps/${file}`, publicDir), 'utf8'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('ships one English and one French example', () => {
    expect(files).toEqual(expect.arrayContaining(['eu-b2b-saas.json', 'pme-france.json']));
  });

  it.each(files)('%s has complete personas: role, seniorities, departments and notes', (file) => {
    const result = parseIcpText(readFileSync(new URL(`icps/${file}`, publicDir), 'utf8'));
    const personas = result.ok ? (result.icp.personas ?? []) : [];
    expect(personas.length).toBeGreaterThanOrEqual(3);
    for (const persona of personas) {
      expect(persona.id, persona.name).toBeDefined();
      expect(persona.seniorities, persona.name).toBeDefined();
      expect(persona.departments, persona.name).toBeDefined();
      expect(persona.notes?.length ?? 0, persona.name).toBeGreaterThan(80);
    }
    expect(new Set(personas.map((persona) => persona.role))).toEqual(
      new Set(['decision-maker', 'influencer', 'user']),
    );
  });
});

describe('malformed ICP files', () => {
  it('reports JSON syntax errors without throwing', () => {
    const result = parseIcpText('{"format": "icp-lens/v1", ');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('names the JSON path of each problem', () => {
    const found = problems({ ...base, criteria: [nice, { ...nice, id: 'd', weight: 'heavy' }] });
    expect(found).toEqual([
      { path: 'criteria[1].weight', message: expect.stringMatching(/number/) },
    ]);
  });

  it('rejects an operator that does not fit the field', () => {
    const found = problems({
      ...base,
      criteria: [{ ...nice, field: 'employees', op: 'in', values: [10] }],
    });
    expect(found[0]).toMatchObject({
      path: 'criteria[0].op',
      message: expect.stringMatching(/between/),
    });
  });

  it('rejects between without bounds, inverted bounds, and lists without values', () => {
    const between = { id: 's', label: 'S', field: 'employees', op: 'between' };
    expect(problems({ ...base, criteria: [between] })[0]?.path).toBe('criteria[0].min');
    expect(problems({ ...base, criteria: [{ ...between, min: 500, max: 50 }] })[0]?.path).toBe(
      'criteria[0].max',
    );
    expect(
      problems({
        ...base,
        criteria: [{ id: 't', label: 'T', field: 'technologies', op: 'any' }],
      })[0]?.path,
    ).toBe('criteria[0].values');
  });

  it('rejects duplicate ids, an exclude-only ICP and reserved tier names', () => {
    expect(problems({ ...base, criteria: [nice, nice] })[0]).toMatchObject({
      path: 'criteria[1].id',
    });
    expect(problems({ ...base, criteria: [{ ...nice, role: 'exclude' }] })[0]?.message).toMatch(
      /at least one/,
    );
    expect(
      problems({ ...base, criteria: [nice], tiers: [{ label: 'excluded', min: 0 }] })[0]?.path,
    ).toBe('tiers');
  });

  it('rejects typos in field names rather than ignoring them', () => {
    expect(problems({ ...base, criteria: [{ ...nice, wieght: 3 }] })[0]?.path).toBe('criteria[0]');
  });

  it('names a newer format instead of listing every field', () => {
    expect(problems({ ...base, format: 'icp-lens/v2', criteria: [] })).toEqual([
      { path: 'format', message: expect.stringMatching(/unsupported format "icp-lens\/v2"/) },
    ]);
  });

  it('rejects things that are not ICPs at all', () => {
    for (const value of [null, 42, 'text', [], {}])
      expect(problems(value).length).toBeGreaterThan(0);
  });

  it('fills in defaults: weight 1, role nice, tiers A-D', () => {
    const result = parseIcp({ ...base, criteria: [nice] });
    expect(result.ok && result.icp.criteria[0]).toMatchObject({ weight: 1, role: 'nice' });
    expect(result.ok && result.icp.tiers.map((tier) => tier.label)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('personas and priorities', () => {
  const persona = {
    id: 'buyer',
    name: 'Sales leader',
    role: 'decision-maker',
    seniorities: ['vp', 'head', 'director'],
    departments: ['sales'],
    titles: ['CRO'],
    excludeTitles: ['assistant'],
    weight: 2,
    notes: 'Owns the number.',
  };

  it('still reads personas of older files (name, titles, notes) and fills in role and weight', () => {
    const result = parseIcp({
      ...base,
      criteria: [nice],
      personas: [{ name: 'Head of Sales', titles: ['VP Sales'], notes: 'Owns the number.' }],
    });
    expect(result.ok && result.icp.personas).toEqual([
      {
        name: 'Head of Sales',
        titles: ['VP Sales'],
        notes: 'Owns the number.',
        role: 'influencer',
        weight: 1,
      },
    ]);
  });

  it('accepts a full persona and a priorities matrix keyed by tier', () => {
    const result = parseIcp({
      ...base,
      criteria: [nice],
      personas: [persona],
      priorities: { minFit: 60, strongFit: 90, matrix: { A: { user: 'P1', 'no-persona': 'P3' } } },
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('names the JSON path of each persona problem', () => {
    const found = problems({
      ...base,
      criteria: [nice],
      personas: [
        { ...persona, role: 'boss', seniorities: ['ceo'], departments: ['sales', 'growth'] },
        { ...persona, id: 'Bad Id' },
        { ...persona, seniorities: [] },
        { ...persona, titles: ['Assistant'] },
        { ...persona, wieght: 1 },
      ],
    }).map((problem) => problem.path);
    expect(found).toEqual([
      'personas[0].role',
      'personas[0].seniorities[0]',
      'personas[0].departments[1]',
      'personas[1].id',
      'personas[2].seniorities',
      'personas[4]',
    ]);
    const keywords = problems({
      ...base,
      criteria: [nice],
      personas: [{ ...persona, titles: ['Assistant'] }],
    });
    expect(keywords).toEqual([
      { path: 'personas[0].titles[0]', message: '"Assistant" is also in excludeTitles' },
    ]);
  });

  it('rejects two personas with one id, or one name when they have no id', () => {
    const { id: _id, ...unnamed } = persona;
    expect(
      problems({ ...base, criteria: [nice], personas: [persona, { ...persona, name: 'B' }] }),
    ).toEqual([{ path: 'personas[1].id', message: expect.stringMatching(/personas\[0\]/) }]);
    expect(problems({ ...base, criteria: [nice], personas: [unnamed, unnamed] })[0]?.path).toBe(
      'personas[1].name',
    );
  });

  it('rejects matrix rows for tiers the ICP does not have, bad cells and inverted fits', () => {
    expect(
      problems({ ...base, criteria: [nice], priorities: { matrix: { Z: { user: 'P1' } } } }),
    ).toEqual([{ path: 'priorities.matrix.Z', message: 'no tier "Z" in tiers (A, B, C, D)' }]);
    expect(
      problems({ ...base, criteria: [nice], priorities: { matrix: { A: { user: 'P5' } } } })[0]
        ?.path,
    ).toBe('priorities.matrix.A.user');
    expect(
      problems({ ...base, criteria: [nice], priorities: { matrix: { A: { manager: 'P1' } } } })[0]
        ?.path,
    ).toBe('priorities.matrix.A');
    expect(
      problems({ ...base, criteria: [nice], priorities: { minFit: 90, strongFit: 70 } })[0]?.path,
    ).toBe('priorities.strongFit');
  });
});

describe('public/icp.schema.json', () => {
  it('is generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(new URL('icp.schema.json', publicDir), 'utf8')).toBe(icpJsonSchemaText());
  });
});
