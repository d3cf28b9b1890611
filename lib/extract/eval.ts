import { z } from 'zod';
import type { Facts } from '../facts/schema';

/** One page of a truth.json: where it was viewed and what a person reads off it. */
export const truthPageSchema = z.object({
  file: z.string().min(1),
  url: z.string().url(),
  expect: z.record(z.string(), z.array(z.union([z.string(), z.number(), z.null()]))).default({}),
  absent: z.array(z.string()).optional(),
  notName: z.array(z.string()).optional(),
  notCity: z.array(z.string()).optional(),
});
export const truthSchema = z.object({ pages: z.array(truthPageSchema) });
export type TruthPage = z.infer<typeof truthPageSchema>;
export type Truth = z.infer<typeof truthSchema>;

export type Outcome = 'correct' | 'wrong' | 'missing';
export type FieldCheck = { field: string; outcome: Outcome; expected: unknown; got?: unknown };
export type Distractor = { field: string; value: unknown; rule: 'notName' | 'notCity' | 'absent' };
export type PageReport = {
  file: string;
  checks: FieldCheck[];
  distractors: Distractor[];
  error?: string;
  parseMs?: number;
  /** First extraction of the page in this process (includes compiling the code on first use). */
  extractMs?: number;
  /** The same extraction run again, fastest of three: the steady-state cost. */
  warmMs?: number;
  /** Per source, its share of the second run. */
  sourceMs?: Record<string, number>;
};
export type Tally = { correct: number; wrong: number; missing: number; total: number };
export type EvalReport = {
  pages: PageReport[];
  fields: Record<string, Tally>;
  total: Tally & { accuracy: number };
  distractors: (Distractor & { file: string })[];
  wrongLegalIds: { file: string; field: string; expected: unknown; got: unknown }[];
  timing: {
    extractMsMax: number;
    extractMsMean: number;
    warmMsMax: number;
    warmMsMean: number;
    parseMsMean: number;
    /** Per source, the most its share of the second run took on one page. */
    sourceMsMax: Record<string, number>;
  };
};

const LEGAL_ID_FIELDS = new Set(['siren', 'siret', 'vatId', 'registration', 'naf']);

function lower(value: unknown): string {
  return String(value).trim().toLowerCase();
}

/** Whether an extracted value satisfies the accepted values of a field, per truth.json rules. */
export function valueMatches(field: string, expected: readonly unknown[], got: unknown): boolean {
  if (got === undefined || got === null) return false;
  if (field === 'employees' || field === 'revenue') {
    const range = got as { min?: unknown; max?: unknown };
    return range.min === expected[0] && (range.max ?? null) === (expected[1] ?? null);
  }
  if (field === 'technologies' || field === 'keywords') {
    const found = new Set((Array.isArray(got) ? got : []).map(lower));
    return expected.every((name) => found.has(lower(name)));
  }
  // "Mountain View, CA" reads as Mountain View; a shorter value ("Mountain") does not.
  if (field === 'city') return expected.some((value) => lower(got).includes(lower(value)));
  if (typeof got === 'number') return expected.some((value) => Number(value) === got);
  return expected.some((value) => lower(value) === lower(got));
}

/** Checks one page's facts against its truth: each expected field, then every distractor rule. */
export function evaluatePage(page: TruthPage, facts: Facts): PageReport {
  const values = facts as Record<string, { value: unknown } | undefined>;
  const checks: FieldCheck[] = [];
  for (const [field, expected] of Object.entries(page.expect)) {
    const got = values[field]?.value;
    const outcome: Outcome =
      got === undefined ? 'missing' : valueMatches(field, expected, got) ? 'correct' : 'wrong';
    checks.push({ field, outcome, expected, ...(got === undefined ? {} : { got }) });
  }
  const distractors: Distractor[] = [];
  for (const field of page.absent ?? [])
    if (values[field] !== undefined)
      distractors.push({ field, value: values[field]?.value, rule: 'absent' });
  for (const field of ['name', 'legalName']) {
    const got = values[field]?.value;
    if (typeof got === 'string' && (page.notName ?? []).some((bad) => lower(bad) === lower(got)))
      distractors.push({ field, value: got, rule: 'notName' });
  }
  const city = values.city?.value;
  if (
    typeof city === 'string' &&
    (page.notCity ?? []).some((bad) => lower(city).includes(lower(bad)))
  )
    distractors.push({ field: 'city', value: city, rule: 'notCity' });
  return { file: page.file, checks, distractors };
}

function emptyTally(): Tally {
  return { correct: 0, wrong: 0, missing: 0, total: 0 };
}

/** Totals page reports per field and overall, with distractors, wrong legal IDs and timing. */
export function summarize(pages: readonly PageReport[]): EvalReport {
  const fields: Record<string, Tally> = {};
  const total = emptyTally();
  const distractors: EvalReport['distractors'] = [];
  const wrongLegalIds: EvalReport['wrongLegalIds'] = [];
  for (const page of pages) {
    for (const check of page.checks) {
      const tally = (fields[check.field] ??= emptyTally());
      tally[check.outcome]++;
      tally.total++;
      total[check.outcome]++;
      total.total++;
      if (check.outcome === 'wrong' && LEGAL_ID_FIELDS.has(check.field))
        wrongLegalIds.push({
          file: page.file,
          field: check.field,
          expected: check.expected,
          got: check.got,
        });
    }
    for (const distractor of page.distractors) distractors.push({ ...distractor, file: page.file });
  }
  const times = pages.map((page) => page.extractMs).filter((ms): ms is number => ms !== undefined);
  const parses = pages.map((page) => page.parseMs).filter((ms): ms is number => ms !== undefined);
  const warm = pages.map((page) => page.warmMs).filter((ms): ms is number => ms !== undefined);
  const sourceMsMax: Record<string, number> = {};
  for (const page of pages)
    for (const [source, ms] of Object.entries(page.sourceMs ?? {}))
      sourceMsMax[source] = round(Math.max(sourceMsMax[source] ?? 0, ms));
  const mean = (list: number[]): number =>
    list.length ? round(list.reduce((a, b) => a + b, 0) / list.length) : 0;
  return {
    pages: [...pages],
    fields,
    total: { ...total, accuracy: total.total ? round(total.correct / total.total) : 0 },
    distractors,
    wrongLegalIds,
    timing: {
      extractMsMax: round(Math.max(0, ...times)),
      extractMsMean: mean(times),
      warmMsMax: round(Math.max(0, ...warm)),
      warmMsMean: mean(warm),
      parseMsMean: mean(parses),
      sourceMsMax,
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The report as a plain-text table: per field and total, then distractors and timings. */
export function formatReport(report: EvalReport): string {
  const pad = (value: string | number, width: number): string => String(value).padStart(width);
  const lines = [
    `${'field'.padEnd(14)}${pad('correct', 9)}${pad('wrong', 7)}${pad('missing', 9)}${pad('total', 7)}`,
  ];
  for (const [field, tally] of Object.entries(report.fields).sort())
    lines.push(
      `${field.padEnd(14)}${pad(tally.correct, 9)}${pad(tally.wrong, 7)}${pad(tally.missing, 9)}${pad(tally.total, 7)}`,
    );
  const { total } = report;
  lines.push(
    `${'TOTAL'.padEnd(14)}${pad(total.correct, 9)}${pad(total.wrong, 7)}${pad(total.missing, 9)}${pad(total.total, 7)}   ${(total.accuracy * 100).toFixed(1)}% correct`,
  );
  lines.push('');
  lines.push(
    report.distractors.length === 0 ? 'Distractors picked up: none' : 'Distractors picked up:',
  );
  for (const item of report.distractors)
    lines.push(`  ${item.file}: ${item.field} = ${JSON.stringify(item.value)} (${item.rule})`);
  lines.push(
    report.wrongLegalIds.length === 0
      ? 'Wrong legal identifiers: none'
      : 'Wrong legal identifiers:',
  );
  for (const item of report.wrongLegalIds)
    lines.push(
      `  ${item.file}: ${item.field} = ${JSON.stringify(item.got)}, expected ${JSON.stringify(item.expected)}`,
    );
  lines.push('');
  lines.push(
    'Per page (extraction ms first run / again, fastest of 3 / linkedom parse ms; wrong and missing fields):',
  );
  for (const page of report.pages) {
    const misses = page.checks
      .filter((check) => check.outcome !== 'correct')
      .map(
        (check) =>
          `${check.field} ${check.outcome}${check.got === undefined ? '' : ` (${JSON.stringify(check.got)})`}`,
      );
    const timing = page.error
      ? `ERROR ${page.error}`
      : `${(page.extractMs ?? 0).toFixed(1)} / ${(page.warmMs ?? 0).toFixed(1)} / ${(page.parseMs ?? 0).toFixed(1)} ms`;
    lines.push(`  ${page.file}: ${timing}${misses.length ? `; ${misses.join('; ')}` : ''}`);
  }
  const { timing } = report;
  lines.push(
    `Extraction per page: first run mean ${timing.extractMsMean.toFixed(1)} ms, max ${timing.extractMsMax.toFixed(1)} ms; again mean ${timing.warmMsMean.toFixed(1)} ms, max ${timing.warmMsMax.toFixed(1)} ms; linkedom parse mean ${timing.parseMsMean.toFixed(1)} ms (not included)`,
  );
  const sources = Object.entries(timing.sourceMsMax).sort((a, b) => b[1] - a[1]);
  if (sources.length > 0)
    lines.push(
      `Slowest page per source (again, fastest of 3): ${sources.map(([source, ms]) => `${source} ${ms.toFixed(1)} ms`).join(', ')}`,
    );
  return lines.join('\n');
}
