import type { Collector } from '../types';

/**
 * What the collectors read off one page: per collector name, its plain data. This is what the
 * content script sends to the background, which reads it (readers.ts).
 */
export interface CollectedPage {
  url: string;
  signals: Record<string, unknown>;
}

let warned: Set<string> | undefined;

/** Logs a failing collector or reader once per page session, never throws. */
export function warnOnce(what: string, name: string, error: unknown): void {
  warned ??= new Set();
  if (warned.has(`${what}:${name}`)) return;
  warned.add(`${what}:${name}`);
  console.warn(`[icp-lens] ${what} ${name} failed:`, error);
}

/**
 * Runs the collectors on a page. Imports no collector itself, so a bundle carries only the ones
 * it passes. A collector that throws yields nothing (logged once) and never takes the others down.
 */
export function collectPage(
  collectors: readonly Collector[],
  document: Document,
  url: string | URL,
): CollectedPage {
  const pageUrl = typeof url === 'string' ? new URL(url) : url;
  const signals: Record<string, unknown> = {};
  for (const collector of collectors) {
    try {
      const collected = collector.collect(document, pageUrl);
      // Undefined (nothing to read here) is dropped, as a message would drop it.
      if (collected !== undefined) signals[collector.name] = collected;
    } catch (error) {
      warnOnce('collector', collector.name, error);
    }
  }
  return { url: pageUrl.href, signals };
}
