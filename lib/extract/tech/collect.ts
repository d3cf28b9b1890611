import type { Collector } from '../types';
import { collectSignals, type PageSignals } from './signals';

/** Hosts whose own stack says nothing about the company the page describes. */
export const TECH_PLATFORM_HOST = /(?:^|\.)(?:linkedin\.com|wikipedia\.org|wikimedia\.org)$/i;

/** Script sources, globals' names, meta generators and DOM markers: the detector's inputs. */
export const techCollector: Collector<PageSignals | undefined> = {
  name: 'tech',
  collect(document, url) {
    return TECH_PLATFORM_HOST.test(url.hostname) ? undefined : collectSignals(document);
  },
};
