import type { CompanyFacts } from '../facts/schema';
import { mergeCandidates } from './merge';
import { collectPage, warnOnce } from './collect/page';
import type { Candidate, Extractor, Reader } from './types';

export { collectPage, type CollectedPage } from './collect/page';

/**
 * Reads collected signals into merged facts: each reader gets its collector's data (readers whose
 * collector gave nothing are skipped). A reader that throws, say on data of the wrong shape,
 * yields nothing and never takes the others down.
 */
export function readPage(
  readers: readonly Reader[],
  signals: Readonly<Record<string, unknown>>,
  url: string | URL,
): CompanyFacts {
  const pageUrl = typeof url === 'string' ? new URL(url) : url;
  const candidates: Candidate[] = [];
  for (const reader of readers) {
    if (!Object.prototype.hasOwnProperty.call(signals, reader.name)) continue;
    try {
      candidates.push(...reader.read(signals[reader.name], pageUrl));
    } catch (error) {
      warnOnce('reader', reader.name, error);
    }
  }
  return { url: pageUrl.href, facts: mergeCandidates(candidates) };
}

/**
 * How long the background may spend reading one page, in ms. JavaScript cannot stop a running
 * function, so what keeps each reader fast is bounded inputs and linear patterns; the budget
 * makes sure that a reader that is slow anyway gives nothing (its output may be what the page
 * crafted) and that a page cannot keep the readers busy for long.
 */
export const READ_BUDGET = { readerMs: 1000, pageMs: 3000 };

export interface ReadInTurnsOptions {
  budget?: { readerMs: number; pageMs: number };
  /** Lets other work (other tabs' messages) run between two readers. */
  pause?: () => Promise<void>;
  now?: () => number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `readPage` for the background: the readers run one after another, with a pause between two so
 * other tabs' messages interleave. A reader that overruns its budget yields nothing, and once the
 * page has used its budget the readers left are skipped; each is logged once.
 */
export async function readPageInTurns(
  readers: readonly Reader[],
  signals: Readonly<Record<string, unknown>>,
  url: string | URL,
  {
    budget = READ_BUDGET,
    pause = nextTask,
    now = () => performance.now(),
  }: ReadInTurnsOptions = {},
): Promise<CompanyFacts> {
  const pageUrl = typeof url === 'string' ? new URL(url) : url;
  const candidates: Candidate[] = [];
  const pageStart = now();
  for (const reader of readers) {
    if (!Object.prototype.hasOwnProperty.call(signals, reader.name)) continue;
    await pause();
    if (now() - pageStart > budget.pageMs) {
      warnOnce('reader', reader.name, `skipped: the page used its ${budget.pageMs} ms budget`);
      continue;
    }
    const started = now();
    let found: Candidate[];
    try {
      found = reader.read(signals[reader.name], pageUrl);
    } catch (error) {
      warnOnce('reader', reader.name, error);
      continue;
    }
    const spent = now() - started;
    if (spent > budget.readerMs) {
      warnOnce(
        'reader',
        reader.name,
        `took ${Math.round(spent)} ms (budget ${budget.readerMs} ms): output dropped`,
      );
      continue;
    }
    candidates.push(...found);
  }
  return { url: pageUrl.href, facts: mergeCandidates(candidates) };
}

/** One extractor's candidates for a page: collect then read (both phases, one place). */
export function runExtractor<S>(
  extractor: Extractor<S>,
  document: Document,
  url: URL,
): Candidate[] {
  return extractor.read(extractor.collect(document, url), url);
}

/**
 * Runs the given extractors on a page, both phases in one place, and merges their candidates:
 * exactly what the content script's collect and the background's read do together.
 */
export function extractWith(
  extractors: readonly Extractor[],
  document: Document,
  url: string | URL,
): CompanyFacts {
  const pageUrl = typeof url === 'string' ? new URL(url) : url;
  return readPage(extractors, collectPage(extractors, document, pageUrl).signals, pageUrl);
}
