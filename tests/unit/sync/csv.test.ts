import { describe, expect, it } from 'vitest';
import { icpFromCsv, icpToCsv } from '../../../lib/sync/csv';
import { makeIcp } from '../helpers';

const SHEET = `Field,Op,Values,Min,Max,Currency,Weight,Role,Label,Id
icp.id,,fjordwave-nordics,,,,,,,
icp.name,,Fjordwave Nordics,,,,,,,
icp.version,,3,,,,,,,
tier,,,70,,,,,Hot,
tier,,,0,,,,,Cold,
industry,in,Software Development; IT Services and IT Consulting,,,,5,nice,Software,
employees,between,,20,300,,4,must,"20-300 staff",size
revenue,between,,1000000,,EUR,2,,Over 1 M€,
foundedYear,in,2019;2020,,,,1,,Young,
# a comment row is skipped
domain,in,rival.example,,,,,exclude,Not a rival,
`;

describe('CSV sources', () => {
  it('turns one row per criterion into a valid ICP', () => {
    const result = icpFromCsv(SHEET);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.icp).toMatchObject({
      id: 'fjordwave-nordics',
      name: 'Fjordwave Nordics',
      version: 3,
      tiers: [
        { label: 'Hot', min: 70 },
        { label: 'Cold', min: 0 },
      ],
    });
    expect(result.icp.criteria.map((c) => [c.id, c.role, c.weight])).toEqual([
      ['software', 'nice', 5],
      ['size', 'must', 4],
      ['over-1-m', 'nice', 2],
      ['young', 'nice', 1],
      ['not-a-rival', 'exclude', 1],
    ]);
    expect(result.icp.criteria[0]?.values).toEqual([
      'Software Development',
      'IT Services and IT Consulting',
    ]);
    expect(result.icp.criteria[3]?.values).toEqual([2019, 2020]);
  });

  it('names the CSV line of a schema problem', () => {
    const result = icpFromCsv(SHEET.replace('20,300,,4,must', '300,20,,4,must'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      path: 'criteria[1].max (CSV line 8)',
      message: 'max is below min',
      issue: { code: 'custom', params: { rule: 'max-below-min' } },
    });
  });

  it('explains a missing version, an unknown column and a sheet without a header', () => {
    expect(icpFromCsv('field,values\nemployees,\n')).toMatchObject({
      ok: false,
      problems: [{ path: 'icp.version' }],
    });
    expect(icpFromCsv('field,wieght\nicp.version,1\n')).toMatchObject({
      ok: false,
      problems: [{ path: 'column "wieght"', message: expect.stringMatching(/unknown column/) }],
    });
    expect(icpFromCsv('Name;Employees\nFjordwave;20\n')).toMatchObject({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/not an ICP sheet/) }],
    });
  });

  it('writes a CSV that reads back to the same ICP', () => {
    const icp = makeIcp(
      [
        { id: 'size', label: 'Size', field: 'employees', op: 'between', min: 10, max: 90 },
        {
          id: 'tech',
          label: 'Uses, "Hub"',
          field: 'technologies',
          op: 'any',
          values: ['HubSpot', 'Marketo'],
          weight: 3,
          role: 'must',
        },
      ],
      { id: 'round-trip', version: 9, minCoverage: 0.6 },
    );
    const back = icpFromCsv(icpToCsv(icp));
    expect(back).toEqual({ ok: true, icp });
  });
});

describe('the README', () => {
  it('shows a CSV example that reads as a valid ICP', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const block = /```csv\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const result = icpFromCsv(block!);
    expect(result).toMatchObject({ ok: true, icp: { id: 'eu-b2b-saas', version: 4 } });
    if (result.ok) expect(result.icp.criteria).toHaveLength(5);
  });
});
