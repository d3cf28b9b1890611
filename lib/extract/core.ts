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
