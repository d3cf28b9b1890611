/**
 * Regular expressions the ReDoS test (regex-safety.test.ts) does not check, each with the reason
 * it is safe. Keep it short: rewriting a pattern to be linear beats explaining it here.
 *
 * An entry names the file and the pattern: the constant it is declared as, its source, or a piece
 * of the code that builds it (patterns built from run-time values cannot be checked statically).
 *
 * Two kinds of reasons are accepted:
 * - Capped input: the pattern only ever sees a slice of a few dozen to a few hundred characters
 *   (the cap is at the call site), so even quadratic backtracking stays a few thousand steps.
 * - Bounded repetitions: every repetition that can restart at many positions is bounded
 *   ({1,30}, {0,3}…), so each start position does a bounded amount of work and the whole match
 *   is linear; recheck's fuzzer reads the bounds as growth (or runs out of time on the large
 *   alternations). Checked by hand on recheck's own attack strings: 4× the input, at most about
 *   4× the time, a few milliseconds for half a megabyte.
 */
export interface AllowedPattern {
  file: string;
  /** The constant the pattern is declared as (`const US_ADDRESS = …`). */
  name?: string;
  /** Else the exact pattern source. */
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

  // Capped input.
  {
    file: 'lib/extract/text.ts',
    name: 'STREET',
    why: 'Capped input: tested on the 60 characters before a postcode (addAddresses).',
  },
  {
    file: 'lib/extract/text.ts',
    name: 'COUNTRY_AFTER',
    why: 'Capped input: tested on the 60 characters after an address (addAddresses).',
  },
  {
    file: 'lib/extract/text.ts',
    name: 'OTHER_PARTY',
    why: 'Capped input: tested on the 120 characters before an address (addAddresses).',
  },
  {
    file: 'lib/extract/legal/identifiers.ts',
    name: 'FR_CONTEXT',
    why: 'Capped input: tested on the 60 characters before a bare French number.',
  },
  {
    file: 'lib/extract/legal/address.ts',
    source: String.raw`\s(?:cedex|france|deutschland|germany|österreich|austria|schweiz|suisse|switzerland|united kingdom|uk)\b.{0,40}$`,
    why: 'Capped input: cityOf runs on the city an address pattern captured, at most four words of 31 characters.',
  },
  {
    file: 'lib/extract/legal/company.ts',
    name: 'NAME_BEFORE',
    why: 'Capped input: tested on the 120 characters before a legal form (findNames); bounded repetitions too.',
  },
  {
    file: 'lib/extract/linkedin/values.ts',
    name: 'FOLLOWERS',
    why: 'Capped input: parseFollowers reads the first 80 characters only.',
  },
  {
    file: 'lib/normalize/employees.ts',
    name: 'RANGE',
    why: 'Capped input: parseEmployees reads the first 200 characters only.',
  },
  {
    file: 'lib/normalize/revenue.ts',
    source: String.raw`^\s*(?:[a-z.]*\s*)?(?:[-–—]|to|à|bis)\s*(?:[€$£]|US\$)?\s*\d`,
    why: 'Capped input: parseRevenue reads the first 200 characters only; anchored, one start position.',
  },
  // Bounded repetitions (see above).
  {
    file: 'lib/extract/text.ts',
    name: 'US_ADDRESS',
    why: 'Bounded repetitions: up to three city words of 31 characters before the comma; a start position scans at most about 100 characters before the spaces that follow.',
  },
  {
    file: 'lib/extract/text.ts',
    name: 'UK_ADDRESS',
    why: 'Bounded repetitions: one city word of 31 characters, then a postcode of at most 8; a run of spaces is rescanned from at most 31 starts.',
  },
  {
    file: 'lib/extract/legal/address.ts',
    name: 'FR_ADDRESS',
    why: 'Bounded repetitions: a house number of 4 digits, a street of at most 60 characters, 4 separators, a postcode and four city words of 31 characters; legal text capped at 60,000 characters.',
  },
  {
    file: 'lib/extract/legal/address.ts',
    name: 'DE_ADDRESS',
    why: 'Bounded repetitions: four street words of 40 characters, 3 separators, a postcode and four city words of 31 characters; legal text capped at 60,000 characters.',
  },
  {
    file: 'lib/extract/legal/company.ts',
    name: 'PUBLISHED_BY',
    why: 'Bounded repetitions: a literal lead-in ("édité par", "owned by") then at most six words of 31 characters; legal text capped at 60,000 characters and 100 matches.',
  },
];
