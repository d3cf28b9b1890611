import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import fingerprints from '../../../lib/extract/tech/fingerprints.json';
import { REGEX_ALLOW_LIST, type AllowedPattern } from './regex-allow-list';
import { PatternFinder, type FoundPattern } from './regex-sources';

/**
 * No page can stall the extension through a regular expression: every pattern in the code
 * (lib/, entrypoints/, components/) and in the rule data files must be linear according to the
 * recheck ReDoS checker, or be on the allow-list with the reason it is safe.
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FOLDERS = ['lib', 'entrypoints', 'components'];

/** Patterns kept as data: the technology fingerprints (case-insensitive, see detect.ts). */
function dataPatterns(): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const row of fingerprints.t as Record<string, string | undefined>[])
    for (const key of ['s', 'l', 'm', 'i'])
      if (row[key])
        found.push({
          file: 'lib/extract/tech/fingerprints.json',
          line: 0,
          source: row[key],
          flags: 'i',
          code: `${row.n}.${key}`,
        });
  return found;
}

/**
 * Deterministic: recheck's wall-clock limits inside the analysis are off (a loaded machine would
 * flag safe patterns), only its step limits apply; `timeout` bounds each check, and a check that
 * runs out of time is a failure.
 */
const PER_PATTERN_MS = 30_000;
const PARAMS = {
  timeout: PER_PATTERN_MS,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
} as const;

/** Checks patterns a few at a time (each check is CPU-bound), in a stable order. */
async function checkAll(
  patterns: readonly { source: string; flags: string }[],
): Promise<Map<string, Diagnostics>> {
  const results = new Map<string, Diagnostics>();
  const unique = [...new Map(patterns.map((p) => [key(p), p])).values()];
  let next = 0;
  const lanes = Math.max(1, Math.min(2, availableParallelism()));
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < unique.length) {
        const pattern = unique[next++]!;
        results.set(key(pattern), await check(pattern.source, pattern.flags, PARAMS));
      }
    }),
  );
  return results;
}

const key = (p: { source: string; flags: string }) => `/${p.source}/${p.flags}`;

function allowed(pattern: FoundPattern): AllowedPattern | undefined {
  return REGEX_ALLOW_LIST.find(
    (entry) =>
      entry.file === pattern.file &&
      (entry.name !== undefined
        ? entry.name === pattern.name
        : entry.code !== undefined
          ? pattern.code.includes(entry.code)
          : entry.source === pattern.source),
  );
}

const found = [...new PatternFinder(ROOT).findAll(FOLDERS), ...dataPatterns()];

describe('regular expressions (ReDoS)', () => {
  it('finds the patterns of the code and of the rule data', () => {
    expect(found.length).toBeGreaterThan(400);
    // Literals, constants built with String.raw and imported pieces are all resolved.
    const text = found.filter((p) => p.file === 'lib/extract/text.ts');
    expect(text.some((p) => p.source?.includes('employees|employés'))).toBe(true);
    expect(text.some((p) => p.source?.startsWith(String.raw`\b(?:founded|established`))).toBe(true);
    expect(found.filter((p) => p.file.endsWith('fingerprints.json')).length).toBeGreaterThan(50);
  });

  it('tells a super-linear pattern from a linear one', async () => {
    const results = await checkAll([
      { source: String.raw`\s*;\s*`, flags: '' },
      { source: String.raw`^\d+;`, flags: '' },
    ]);
    expect(results.get(key({ source: String.raw`\s*;\s*`, flags: '' }))?.status).toBe('vulnerable');
    expect(results.get(key({ source: String.raw`^\d+;`, flags: '' }))?.status).toBe('safe');
  });

  it('every pattern is linear, or allow-listed with the reason it is safe', async () => {
    const dynamic = found.filter((p) => p.source === undefined && !allowed(p));
    // A pattern built from run-time values cannot be checked here: allow-list it with a reason.
    expect(dynamic.map((p) => `${p.file}:${p.line} ${p.code}`)).toEqual([]);

    const checked = found.filter(
      (p): p is FoundPattern & { source: string; flags: string } =>
        p.source !== undefined && !allowed(p),
    );
    const results = await checkAll(checked);
    const unsafe = checked.flatMap((p) => {
      const result = results.get(key(p))!;
      if (result.status === 'safe') return [];
      const why =
        result.status === 'vulnerable'
          ? `${result.complexity.summary}, e.g. ${result.attack.pattern.slice(0, 80)}`
          : `not checked: ${result.error.kind}`;
      return [`${p.file}:${p.line} /${p.source.slice(0, 120)}/${p.flags}: ${why}`];
    });
    expect(unsafe).toEqual([]);
  }, 600_000);

  it('every allow-list entry says why it is safe and still matches a pattern', () => {
    for (const entry of REGEX_ALLOW_LIST) {
      expect(entry.why.length, JSON.stringify(entry)).toBeGreaterThan(30);
      expect(
        found.some((p) => allowed(p) === entry),
        `unused allow-list entry ${JSON.stringify(entry)}`,
      ).toBe(true);
    }
  });
});
