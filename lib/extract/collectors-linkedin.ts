/**
 * The collectors of the LinkedIn content script (see collectors.ts for the rules they follow).
 */
import { linkedinCollector } from './linkedin/collect';
import { jsonLdCollector, microdataCollector } from './structured/collect';
import type { Collector } from './types';

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
