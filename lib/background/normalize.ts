import type { Facts } from '../facts/schema';

/**
 * Normalisation applied to facts before scoring (the extraction issue's normalizeFacts, once it
 * lands in lib/normalize/facts.ts). Identity until then.
 */
export function normalizeForScoring(facts: Facts): Facts {
  return facts;
}
