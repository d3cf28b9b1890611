import type { Candidate, Extractor } from '../types';
import { detectTechnologies } from './detect';
import { isPlatform } from '../../company/platforms';
import { techCollector } from './collect';
import type { PageSignals } from './signals';

export { detectTechnologies, type Detection } from './detect';
export { collectSignals, type PageSignals } from './signals';

/**
 * Technologies the page uses, from the fingerprint table. Always yields one candidate on a
 * company's own site, an empty list when nothing matched: "looked and found none".
 */
export const techExtractor: Extractor<PageSignals | undefined> = {
  ...techCollector,
  read(signals, url): Candidate[] {
    if (isPlatform(url) || !signals) return [];
    const detections = detectTechnologies(signals);
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
