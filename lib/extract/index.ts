import type { CompanyFacts } from '../facts/schema';
import { extractWith } from './core';
import { linkedinExtractor } from './linkedin';
import { legalExtractor } from './legal';
import { jsonLdExtractor } from './structured/jsonld';
import { metaExtractor } from './structured/meta';
import { microdataExtractor } from './structured/microdata';
import { techExtractor } from './tech';
import { textExtractor } from './text';
import type { Extractor } from './types';
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
