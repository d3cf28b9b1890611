import type { Candidate, Extractor } from '../types';
import { detectTechnologies } from './detect';
import { collectSignals } from './signals';

export { detectTechnologies, type Detection } from './detect';
export { collectSignals, type PageSignals } from './signals';

/** Hosts whose own stack says nothing about the company the page describes. */
const PLATFORM_HOST = /(?:^|\.)(?:linkedin\.com|wikipedia\.org|wikimedia\.org)$/i;

/**
 * Technologies the page uses, from the fingerprint table. Always yields one candidate on a
 * company's own site, an empty list when nothing matched: "looked and found none".
 */
export const techExtractor: Extractor = {
  name: 'tech',
  extract(document, url): Candidate[] {
    if (PLATFORM_HOST.test(url.hostname)) return [];
    const detections = detectTechnologies(collectSignals(document));
    const evidence = detections
      .map((d) => `${d.name}${d.version ? ` ${d.version}` : ''}: ${d.evidence}`)
      .join('; ');
    return [
      {
        field: 'technologies',
        value: detections.map((d) => d.name),
        source: 'tech',
        confidence: 0.9,
        // Badge-sized: the full list with each signal is in detectTechnologies' result.
        evidence:
          evidence.length > 160
            ? `${evidence.slice(0, 159)}…`
            : evidence || 'no known technology found',
      },
    ];
  },
};
