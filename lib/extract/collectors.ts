/**
 * The DOM halves of the extractors, for the content scripts: plain reads and copies only. Nothing
 * here may import a reader (tables, parsers, fingerprints): the content bundles import this
 * module and have a 15 KB budget (`npm run size`). The readers are in readers.ts; LinkedIn's
 * collectors are in collectors-linkedin.ts, so that the general content script does not carry
 * LinkedIn's selector registry.
 */
import { textCollector } from './collect/text';
import { urlCollector } from './collect/url';
import { wikipediaCollector } from './collect/wikipedia';
import { legalCollector } from './legal/collector';
import { jsonLdCollector, metaCollector, microdataCollector } from './structured/collect';
import { techCollector } from './tech/collect';
import type { Collector } from './types';

export { collectPage, type CollectedPage } from './collect/page';

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
