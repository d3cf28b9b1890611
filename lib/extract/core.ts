import type { CompanyFacts } from '../facts/schema';
import { mergeCandidates } from './merge';
import type { Candidate, Collector, Extractor, Reader } from './types';

/**
 * What the collectors read off one page: per collector name, its plain data. This is what the
 * content script sends to the background.
 */
export interface CollectedPage {
  url: string;
  signals: Record<string, unknown>;
}

const warned = new Set<string>();
function warnOnce(what: string, name: string, error: unknown): void {
  if (warned.has(`${what}:${name}`)) return;
  warned.add(`${what}:${name}`);
  console.warn(`[icp-lens] ${what} ${name} failed:`, error);
}

/**
 * Runs the collectors on a page. Imports no collector itself, so a bundle carries only the ones
 * it passes. A collector that throws yields nothing (logged once) and never takes the others down.
 */
export function collectPage(
  collectors: readonly Collector[],
  document: Document,
  url: string | URL,
): CollectedPage {
  const pageUrl = typeof url === 'string' ? new URL(url) : url;
  const signals: Record<string, unknown> = {};
  for (const collector of collectors) {
    try {
      const collected = collector.collect(document, pageUrl);
      // Undefined (nothing to read here) is dropped, as a message would drop it.
      if (collected !== undefined) signals[collector.name] = collected;
    } catch (error) {
      warnOnce('collector', collector.name, error);
    }
  }
  return { url: pageUrl.href, signals };
}

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
