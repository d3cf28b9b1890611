/**
 * The reading halves of the extractors, for the background (and Node): parsing, tables,
 * fingerprints. They take what the collectors gathered (collectors.ts), never the DOM.
 */
import { readPage, readPageInTurns, type ReadInTurnsOptions } from './core';
import type { CompanyFacts } from '../facts/schema';
import { legalExtractor } from './legal';
import { linkedinExtractor } from './linkedin';
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
 * Reads a page's collected signals (from a content script) in the background: every reader, in
 * turns, within the reading budget (`readPageInTurns`).
 */
export function readCollectedInTurns(
  signals: Readonly<Record<string, unknown>>,
  url: string | URL,
  options?: ReadInTurnsOptions,
): Promise<CompanyFacts> {
  return readPageInTurns(EXTRACTORS, signals, url, options);
}

/** Reads a page's collected signals (from a content script) into its merged facts. */
export function readCollected(
  signals: Readonly<Record<string, unknown>>,
  url: string | URL,
): CompanyFacts {
  return readPage(EXTRACTORS, signals, url);
}
