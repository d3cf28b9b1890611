import type { CompanyFacts } from '../facts/schema';
import { extractWith } from './core';
import { EXTRACTORS } from './readers';

export { EXTRACTORS, readCollected } from './readers';
export { collectPage, readPage, runExtractor, type CollectedPage } from './core';

/**
 * Reads a company's facts off a page with every source (see `extractWith` to run only some).
 * An extractor that throws yields nothing for its fields and never takes the others down.
 */
export function extractCompany(
  document: Document,
  url: string | URL,
  extractors = EXTRACTORS,
): CompanyFacts {
  return extractWith(extractors, document, url);
}
