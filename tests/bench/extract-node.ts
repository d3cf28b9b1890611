/**
 * Extraction in Node, per page: linkedom parse time apart from extraction time (first run, which
 * includes compiling the code, then the median of repeated runs), with the accuracy of
 * `icp-lens eval` (lib/extract/eval.ts) on the very same pages in the same run.
 */
import { evaluatePage, summarize, type EvalReport, type PageReport } from '../../lib/extract/eval';
import { extractFromHtml, parsePage } from '../../lib/extract/html';
import { extractCompany } from '../../lib/extract/index';
import type { BenchPage } from './pages';
import { median, round, spread, timed, type Spread } from './stats';

export type NodePageTiming = {
  set: string;
  file: string;
  kb: number;
  /** linkedom parse, median of three (not part of extraction: the browser has its DOM). */
  parseMs: number;
  /** First extraction of the page in this process. */
  firstMs: number;
  /** Median of repeated extractions of the same document: the steady-state cost. */
  extractMs: number;
  correct: number;
  checked: number;
  error?: string;
};

export type NodeExtraction = {
  repeats: number;
  pages: NodePageTiming[];
  extract: Spread;
  firstRun: Spread;
  parse: Spread;
  /** The eval over all pages together, then per set (directory). */
  accuracy: Omit<EvalReport, 'pages'>;
  accuracyBySet: Record<string, EvalReport['total']>;
};

/** Times and evaluates every page; `repeats` extra extractions give the steady-state figure. */
export function benchNodeExtraction(pages: readonly BenchPage[], repeats = 5): NodeExtraction {
  const timings: NodePageTiming[] = [];
  const reports: PageReport[] = [];
  const bySet = new Map<string, PageReport[]>();
  for (const page of pages) {
    const { truth } = page;
    let report: PageReport;
    let timing: NodePageTiming;
    try {
      // Exactly what `icp-lens eval` does for a page: parse, extract, normalise, compare.
      const first = extractFromHtml(page.html, truth.url, { warm: false });
      report = {
        ...evaluatePage(truth, first.company.facts),
        parseMs: first.parseMs,
        extractMs: first.extractMs,
      };
      const parses = [first.parseMs];
      let document = parsePage(page.html);
      for (let i = 0; i < 2; i++) {
        const parsed = timed(() => parsePage(page.html));
        parses.push(parsed.ms);
        document = parsed.value;
      }
      // Extraction reads the document without changing it, so one parse serves every run.
      const runs: number[] = [];
      for (let i = 0; i < repeats; i++)
        runs.push(timed(() => extractCompany(document, truth.url)).ms);
      report.warmMs = median(runs);
      timing = {
        set: page.set,
        file: truth.file,
        kb: round(page.bytes / 1024, 1),
        parseMs: round(median(parses)),
        firstMs: round(first.extractMs),
        extractMs: round(median(runs)),
        correct: report.checks.filter((check) => check.outcome === 'correct').length,
        checked: report.checks.length,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report = { ...evaluatePage(truth, {}), error: message };
      timing = {
        set: page.set,
        file: truth.file,
        kb: round(page.bytes / 1024, 1),
        parseMs: 0,
        firstMs: 0,
        extractMs: 0,
        correct: 0,
        checked: report.checks.length,
        error: message,
      };
    }
    reports.push(report);
    bySet.set(page.set, [...(bySet.get(page.set) ?? []), report]);
    timings.push(timing);
  }
  const ok = timings.filter((timing) => !timing.error);
  const { pages: _pages, ...accuracy } = summarize(reports);
  return {
    repeats,
    pages: timings,
    extract: spread(ok.map((timing) => timing.extractMs)),
    firstRun: spread(ok.map((timing) => timing.firstMs)),
    parse: spread(ok.map((timing) => timing.parseMs)),
    accuracy,
    accuracyBySet: Object.fromEntries(
      [...bySet].map(([set, list]) => [set, summarize(list).total]),
    ),
  };
}
