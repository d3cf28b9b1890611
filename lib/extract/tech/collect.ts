import { isPlatform } from '../../company/platforms';
import type { Collector } from '../types';
import { collectSignals, type PageSignals } from './signals';

/** Script sources, globals' names, meta generators and DOM markers: the detector's inputs. */
export const techCollector: Collector<PageSignals | undefined> = {
  name: 'tech',
  collect(document, url) {
    // A platform's own stack says nothing about the company the page describes.
    return isPlatform(url) ? undefined : collectSignals(document);
  },
};
