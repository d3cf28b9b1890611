import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  evaluatePage,
  formatReport,
  summarize,
  valueMatches,
  type TruthPage,
} from '../../../lib/extract/eval';
import { makeFacts } from '../helpers';
import { companyFactsSchema } from '../../../lib/facts/schema';
import { extractFixture, PAGES_DIR } from './pages';
import fixtureTruth from '../../fixtures/pages/truth.json';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function cli(...args: string[]): string {
  return execFileSync(process.execPath, ['lib/cli/bin.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

const truthPage: TruthPage = {
  file: 'a.html',
  url: 'https://acme.example/',
  expect: {
    name: ['Acme', 'Acme SAS'],
    city: ['Lyon'],
    employees: [51, 200],
    foundedYear: [2012],
    technologies: ['HubSpot'],
    siren: ['123456782'],
  },
  absent: ['revenue'],
  notName: ['GitHub'],
  notCity: ['Roubaix'],
};

describe('eval', () => {
  it('compares strings case-insensitively, cities by substring, ranges exactly, technologies all found', () => {
    expect(valueMatches('name', ['Acme SAS'], 'ACME sas')).toBe(true);
    expect(valueMatches('city', ['Mountain View'], 'Mountain View, CA')).toBe(true);
    expect(valueMatches('city', ['Mountain View'], 'Mountain')).toBe(false);
    expect(valueMatches('employees', [10001, null], { min: 10001, max: null })).toBe(true);
    expect(valueMatches('employees', [51, 200], { min: 69, max: 69 })).toBe(false);
    expect(valueMatches('technologies', ['WordPress', 'Matomo'], ['wordpress'])).toBe(false);
    expect(valueMatches('foundedYear', [1998], 1998)).toBe(true);
  });

  it('counts correct, wrong and missing values, distractors and wrong legal identifiers', () => {
    const facts = makeFacts({
      name: 'GitHub',
      city: 'Lyon 3e',
      employees: { min: 51, max: 200 },
      foundedYear: 2011,
      siren: '999999999',
      revenue: { min: 1, max: 1, currency: 'EUR' },
    });
    const report = summarize([{ ...evaluatePage(truthPage, facts), extractMs: 3, parseMs: 10 }]);
    expect(report.total).toMatchObject({ correct: 2, wrong: 3, missing: 1, total: 6 });
    expect(report.fields.technologies).toEqual({ correct: 0, wrong: 0, missing: 1, total: 1 });
    expect(report.distractors.map((d) => `${d.field}:${d.rule}`)).toEqual([
      'revenue:absent',
      'name:notName',
    ]);
    expect(report.wrongLegalIds).toEqual([
      { file: 'a.html', field: 'siren', expected: ['123456782'], got: '999999999' },
    ]);
    expect(formatReport(report)).toContain('TOTAL');
  });

  it('measures its own fixture pages: every expected value correct, no distractor', () => {
    const report = JSON.parse(cli('eval', PAGES_DIR, '--json')) as ReturnType<typeof summarize>;
    const misses = report.pages.flatMap((page) =>
      page.checks
        .filter((check) => check.outcome !== 'correct')
        .map(
          (check) => `${page.file}: ${check.field} ${check.outcome} ${JSON.stringify(check.got)}`,
        ),
    );
    expect(misses).toEqual([]);
    expect(report.distractors).toEqual([]);
    expect(report.total.total).toBeGreaterThan(40);
    // Small pages take a few ms; the margin absorbs a loaded CI machine, not a slow pattern.
    expect(report.timing.warmMsMax).toBeLessThan(250);
    expect(Object.keys(report.timing.sourceMsMax)).toEqual(
      expect.arrayContaining(['jsonld', 'text', 'wikipedia']),
    );
  }, 30_000);

  it('prints a table and exits 0; extract prints the facts JSON', () => {
    expect(cli('eval', PAGES_DIR)).toMatch(/TOTAL\s+\d+\s+0\s+0/);
    const company = JSON.parse(
      cli('extract', `${PAGES_DIR}accueil-fr.html`, '--url', 'https://www.lumiere-conseil.fr/'),
    ) as { facts: Record<string, { value: unknown }> };
    expect(company.facts.city?.value).toBe('Lyon');
  }, 30_000);

  it('gives facts that satisfy the facts schema, each with a short evidence', () => {
    for (const page of fixtureTruth.pages) {
      const company = extractFixture(page.file, page.url);
      expect(companyFactsSchema.safeParse(company).error).toBeUndefined();
      for (const fact of Object.values(company.facts))
        expect(fact!.evidence!.length).toBeLessThanOrEqual(160);
    }
  });

  it('rejects a missing --url with a usage message', () => {
    expect(() =>
      execFileSync(process.execPath, ['lib/cli/bin.mjs', 'extract', 'x.html'], {
        cwd: ROOT,
        stdio: 'pipe',
      }),
    ).toThrow(/usage: icp-lens extract/);
  });
});
