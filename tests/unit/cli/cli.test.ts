import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'icp-lens-cli-'));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['lib/cli/bin.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe('icp-lens validate', () => {
  it('accepts the bundled examples', () => {
    const run = cli('validate', 'public/icps/eu-b2b-saas.json', 'public/icps/pme-france.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('valid ICP "EU B2B SaaS, 50-500 staff"');
    expect(run.stdout).toMatch(/criteria, 4 personas\)/);
  });

  it('checks personas and the priority matrix', () => {
    const bad = file(
      'bad-personas.json',
      JSON.stringify({
        format: 'icp-lens/v1',
        id: 'x',
        name: 'X',
        version: 1,
        criteria: [{ id: 'a', label: 'A', field: 'country', op: 'in', values: ['FR'] }],
        personas: [{ id: 'cfo', name: 'CFO', role: 'decision-maker', departments: ['money'] }],
      }),
    );
    const run = cli('validate', bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad-personas\.json: personas\[0\]\.departments\[0\]: /);
  });

  it('names the file and JSON path of each problem, without a stack trace', () => {
    const bad = file(
      'bad.json',
      JSON.stringify({
        format: 'icp-lens/v1',
        id: 'x',
        name: 'X',
        version: 1,
        criteria: [{ id: 'a', label: 'A', field: 'country', op: 'between', min: 1 }],
      }),
    );
    const run = cli('validate', bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `icp-lens: ${bad}: criteria[0].op: "between" does not apply to country; use in, not-in\n`,
    );
  });

  it('reports unreadable files and broken JSON in one line', () => {
    expect(cli('validate', join(tmp, 'missing.json')).stderr).toMatch(
      /^icp-lens: .*missing\.json: cannot read: no such file\n$/,
    );
    const run = cli('validate', file('broken.json', '{"format": '));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^icp-lens: .*broken\.json: \(document\): not valid JSON/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('icp-lens score', () => {
  const facts = file(
    'facts.json',
    JSON.stringify({
      url: 'https://www.acme-logiciels.fr/',
      facts: {
        country: { value: 'FR', source: 'legal', confidence: 0.9, evidence: 'RCS Lyon' },
        employees: { value: { min: 51, max: 200 }, source: 'linkedin', confidence: 0.8 },
        industry: { value: 'Software Development', source: 'linkedin', confidence: 0.8 },
      },
    }),
  );

  it('prints the scoring JSON for one ICP', () => {
    const run = cli('score', '--facts', facts, '--icp', 'public/icps/pme-france.json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ icp: { id: 'pme-france', version: 1 }, disqualified: false });
    expect(result.matched).toEqual(expect.arrayContaining(['pays', 'effectif', 'secteur']));
    expect(result.unknown).toEqual(expect.arrayContaining(['forme', 'ca']));
    // The verdict semantics: decided or not, the tiers still possible, what would decide it.
    expect(typeof result.decided).toBe('boolean');
    expect(result.tierRange).toHaveLength(2);
    expect(result.tier === null).toBe(!result.decided);
    expect(Array.isArray(result.deciding)).toBe(true);
    expect(Array.isArray(result.guessed)).toBe(true);
  });

  it('says a sparse company is undecided, with the range and the deciding criteria', () => {
    const sparse = file(
      'sparse.json',
      JSON.stringify({
        url: 'https://www.acme.example/',
        facts: {
          name: { value: 'Acme', source: 'meta', confidence: 0.9 },
          country: { value: 'FR', source: 'text', confidence: 0.15, evidence: 'page language fr' },
        },
      }),
    );
    const run = cli('score', '--facts', sparse, '--icp', 'public/icps/eu-b2b-saas.json');
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ decided: false, tier: null, tierRange: ['D', 'A'] });
    expect(result.deciding.length).toBeGreaterThan(0);
    expect(result.guessed).toContain('country');
  });

  it('prints one result per ICP, best first', () => {
    const run = cli(
      'score',
      '--facts',
      facts,
      '--icp',
      'public/icps/eu-b2b-saas.json',
      '--icp',
      'public/icps/pme-france.json',
    );
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(2);
    expect(results[0].score).toBeGreaterThanOrEqual(results[1].score);
  });

  it('rejects facts that do not follow the facts format', () => {
    const bad = file(
      'bad-facts.json',
      JSON.stringify({
        url: 'x',
        facts: { country: { value: 'France', source: 'text', confidence: 2 } },
      }),
    );
    const run = cli('score', '--facts', bad, '--icp', 'public/icps/pme-france.json');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('facts.country.value');
    expect(run.stderr).toContain('facts.country.confidence');
  });

  it('explains its usage when arguments are missing', () => {
    const run = cli('score', '--facts', facts);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: icp-lens score');
  });
});
