import type { CompanyFacts } from '../facts/schema';
import { mergeCandidates } from './merge';
import type { Candidate, Extractor } from './types';

/**
 * Runs the given extractors on a page and merges their candidates. Imports no extractor itself,
 * so a bundle that needs only some sources (a content script for one kind of site) carries only
 * those. An extractor that throws yields nothing and never takes the others down.
 */
export function extractWith(
  extractors: readonly Extractor[],
  document: Document,
  url: string | URL,
): CompanyFacts {
  const pageUrl = typeof url === 'string' ? new URL(url) : url;
  const candidates: Candidate[] = [];
  for (const extractor of extractors) {
    try {
      candidates.push(...extractor.extract(document, pageUrl));
    } catch (error) {
      console.warn(`[icp-lens] extractor ${extractor.name} failed:`, error);
    }
  }
  return { url: pageUrl.href, facts: mergeCandidates(candidates) };
}
