import type { Collector } from '../types';

/** The URL reader needs only the page's URL, which travels with every collected page. */
export const urlCollector: Collector<null> = { name: 'url', collect: () => null };
