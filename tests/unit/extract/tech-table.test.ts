import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FINGERPRINTS, MARKER_SYNTAX, TECH_CATEGORIES } from '../../../lib/extract/tech/detect';

const TABLE_PATH = new URL('../../../lib/extract/tech/fingerprints.json', import.meta.url);
const PATTERN_KEYS = ['s', 'l', 'm', 'i'] as const;

/**
 * Scans a regex source (outside escapes and character classes) for unbounded quantifiers (`*`,
 * `+`, `{n,}`) and for repeated groups that hold a quantifier themselves: the two shapes behind
 * slow or catastrophic backtracking.
 */
function scanQuantifiers(source: string): { unbounded: boolean; nested: boolean } {
  let unbounded = false;
  let nested = false;
  // For each open group: whether it contains a repeating quantifier so far.
  const groups: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') {
      groups.push(false);
    } else if (c === ')') {
      const inner = groups.pop() ?? false;
      if (inner && groups.length > 0) groups[groups.length - 1] = true;
      const next = source[i + 1];
      const repeats =
        next === '*' ||
        next === '+' ||
        (next === '{' && !/^\{(?:\d+|0,1)\}/.test(source.slice(i + 1)));
      if (repeats && inner) nested = true;
    } else if (c === '*' || c === '+' || c === '{') {
      if (c !== '{' || /^\{\d+,\}/.test(source.slice(i))) unbounded = true;
      if (groups.length > 0) groups[groups.length - 1] = true;
    }
  }
  return { unbounded, nested };
}

describe('the fingerprint table (data file)', () => {
  const raw = readFileSync(TABLE_PATH, 'utf8');

  it('gives every entry a name, a known category and at least one pattern', () => {
    expect(FINGERPRINTS.length).toBeGreaterThanOrEqual(40);
    for (const f of FINGERPRINTS) {
      expect(f.n, JSON.stringify(f)).toMatch(/^\S.{0,40}\S$/);
      expect(TECH_CATEGORIES, f.n).toContain(f.c);
      expect(
        PATTERN_KEYS.some((key) => f[key]) || Boolean(f.d) || Boolean(f.g),
        `${f.n} has no pattern`,
      ).toBe(true);
    }
  });

  it('has no duplicate names, and implied names exist', () => {
    const names = FINGERPRINTS.map((f) => f.n.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    // JSON.parse keeps the last of duplicate keys: look at the raw text too.
    const rawNames = [...raw.matchAll(/"n": "([^"]{1,60})"/g)].map((m) => m[1]);
    expect(rawNames).toHaveLength(FINGERPRINTS.length);
    for (const f of FINGERPRINTS)
      for (const implied of f.x?.split(',') ?? [])
        expect(names, f.n).toContain(implied.toLowerCase());
  });

  it('only holds compilable, bounded regexes without nested quantifiers', () => {
    for (const f of FINGERPRINTS)
      for (const key of PATTERN_KEYS) {
        const source = f[key];
        if (!source) continue;
        expect(() => new RegExp(source, 'i'), `${f.n}.${key}`).not.toThrow();
        expect(source.length, `${f.n}.${key}`).toBeLessThanOrEqual(200);
        const scan = scanQuantifiers(source);
        expect(scan.unbounded, `${f.n}.${key} uses * or +: ${source}`).toBe(false);
        expect(scan.nested, `${f.n}.${key} nests quantifiers: ${source}`).toBe(false);
      }
  });

  it('catches unsafe patterns in its own checker', () => {
    expect(scanQuantifiers('(a+)+').nested).toBe(true);
    expect(scanQuantifiers('(?:\\d{1,3}){2,9}').nested).toBe(true);
    expect(scanQuantifiers('a.*b').unbounded).toBe(true);
    expect(scanQuantifiers('(?:x\\d{1,3})?y').nested).toBe(false);
    expect(scanQuantifiers('[+*]x').unbounded).toBe(false);
  });

  it('writes DOM markers and globals in the cheap syntax the engine reads', () => {
    for (const f of FINGERPRINTS) {
      for (const marker of f.d?.split(',') ?? [])
        expect(MARKER_SYNTAX.test(marker) && marker !== '', `${f.n}: ${marker}`).toBe(true);
      for (const name of f.g?.split(' ') ?? [])
        expect(name, f.n).toMatch(/^[A-Za-z_$][\w$]{1,40}$/);
    }
  });

  it('stays fast on hostile input', () => {
    const hostile = `${'a'.repeat(50_000)}${'/wp-'.repeat(5_000)}${'1.'.repeat(20_000)}`;
    const start = performance.now();
    for (const f of FINGERPRINTS)
      for (const key of PATTERN_KEYS) if (f[key]) new RegExp(f[key]!, 'i').test(hostile);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('stays small enough for the content script (≤ 3 KB gzipped without its comment)', () => {
    const compact = JSON.stringify({ t: JSON.parse(raw).t });
    expect(gzipSync(compact).length).toBeLessThanOrEqual(3 * 1024);
  });
});
