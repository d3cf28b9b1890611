/**
 * Regular expressions the ReDoS test (regex-safety.test.ts) does not check, each with the reason
 * it is safe. Keep it short: rewriting a pattern to be linear beats explaining it here.
 *
 * An entry names the file and either the pattern's source (checked patterns) or a piece of the
 * code that builds it (patterns built from run-time values, which cannot be checked statically).
 */
export interface AllowedPattern {
  file: string;
  /** The exact pattern source, for a pattern the checker flags or cannot decide. */
  source?: string;
  /** A piece of the `new RegExp(…)` call, for a pattern built at run time. */
  code?: string;
  /** Why it is safe anyway. */
  why: string;
}

export const REGEX_ALLOW_LIST: readonly AllowedPattern[] = [
  {
    file: 'lib/extract/tech/detect.ts',
    code: 'new RegExp(source, ',
    why: 'Compiles the fingerprint table (fingerprints.json); the test checks every one of those patterns as data.',
  },
  {
    file: 'lib/corrections/parse.ts',
    code: 'new RegExp(pattern.source, ',
    why: 'Re-flags the CURRENCY_SYMBOLS literals of the same file, which the test checks as literals.',
  },
  {
    file: 'lib/extract/linkedin/ldjson.ts',
    code: 'new RegExp(`/company/${slug.replace(',
    why: 'The slug is escaped to literal characters: a fixed string followed by one character class or the end, matched in linear time.',
  },
];
