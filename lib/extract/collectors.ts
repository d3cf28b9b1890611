/**
 * The DOM halves of the extractors, for the content scripts: plain reads and copies only. Nothing
 * here may import a reader (tables, parsers, fingerprints): the content bundles import this
 * module and have a 15 KB budget (`npm run size`). The readers are in readers.ts.
 */
import { textCollector } from './collect/text';
import { urlCollector } from './collect/url';
import { wikipediaCollector } from './collect/wikipedia';
import { legalCollector } from './legal/collector';
import { linkedinCollector } from './linkedin/collect';
import { jsonLdCollector, metaCollector, microdataCollector } from './structured/collect';
import { techCollector } from './tech/collect';
import type { Collector } from './types';

export { collectPage, type CollectedPage } from './core';

/** What the general content script collects on a company's site (every source but LinkedIn). */
export const SITE_COLLECTORS: readonly Collector[] = [
  jsonLdCollector,
  microdataCollector,
  metaCollector,
  wikipediaCollector,
  textCollector,
  urlCollector,
  techCollector,
  legalCollector,
];

/**
 * What the LinkedIn content script collects. The other readers give nothing on linkedin.com
 * (a platform: its meta tags, URL, text, stack and footers are LinkedIn's), except structured
 * data, which they still weigh.
 */
export const LINKEDIN_COLLECTORS: readonly Collector[] = [
  linkedinCollector,
  jsonLdCollector,
  microdataCollector,
];
