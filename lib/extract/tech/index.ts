import type { Candidate, Extractor } from '../types';
import { detectTechnologies } from './detect';
import { isPlatform } from '../../company/platforms';
import { techCollector } from './collect';
import type { PageSignals } from './signals';

export { detectTechnologies, type Detection } from './detect';
export { collectSignals, type PageSignals } from './signals';

/** Whether the page's scripts were there to read: without any, finding none proves nothing. */
function scriptsRead(signals: PageSignals): boolean {
  return signals.inline.trim() !== '' || signals.sources.some(([tag]) => tag === 'script');
}

/**
 * Technologies the page uses, from the fingerprint table, on a company's own site only (not
 * LinkedIn, Wikipedia or a directory, whose stack is their own). An empty list, "looked and
 * found none", is yielded only when the page's scripts were read; otherwise nothing, so a
 * technology criterion stays unknown rather than missed.
 */
export const techExtractor: Extractor<PageSignals | undefined> = {
  ...techCollector,
  read(signals, url): Candidate[] {
    if (!signals || isPlatform(url)) return [];
    const detections = detectTechnologies(signals);
    if (detections.length === 0 && !scriptsRead(signals)) return [];
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
