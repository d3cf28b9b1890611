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
      {
        path: 'criteria[1].weight',
        message: expect.stringMatching(/number/),
        issue: { code: 'invalid_type', expected: 'number' },
      },
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
      {
        path: 'format',
        message: expect.stringMatching(/unsupported format "icp-lens\/v2"/),
        issue: { code: 'unsupported_format', params: { format: 'icp-lens/v2' } },
      },
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

describe('public/icp.schema.json', () => {
  it('is generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(new URL('icp.schema.json', publicDir), 'utf8')).toBe(icpJsonSchemaText());
  });
});
