import type { CompanyFacts } from '../facts/schema';
import { mergeCandidates } from './merge';
import { linkedinExtractor } from './linkedin';
import { legalExtractor } from './legal';
import { jsonLdExtractor } from './structured/jsonld';
import { metaExtractor } from './structured/meta';
import { microdataExtractor } from './structured/microdata';
import { techExtractor } from './tech';
import { textExtractor } from './text';
import type { Candidate, Extractor } from './types';
import { urlExtractor } from './url';
import { wikipediaExtractor } from './wikipedia';

/** Every source, in no particular order: merge decides by confidence. */
export const EXTRACTORS: readonly Extractor[] = [
  linkedinExtractor,
  jsonLdExtractor,
  microdataExtractor,
  metaExtractor,
  wikipediaExtractor,
  textExtractor,
  urlExtractor,
  techExtractor,
  legalExtractor,
];

/**
 * Reads a company's facts off a page. Runs every extractor; one that throws yields nothing for
 * its fields and never takes the others down.
 */
export function extractCompany(
  document: Document,
  url: string | URL,
  extractors = EXTRACTORS,
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
