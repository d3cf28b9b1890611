import type { Facts } from '../facts/schema';
import { normalizeFacts } from '../normalize/facts';

/**
 * Normalisation applied to facts before scoring, in the background: the heavy tables (industry
 * taxonomy, NAF codes, legal forms) stay out of the content script.
 */
export function normalizeForScoring(facts: Facts): Facts {
  return normalizeFacts(facts);
}
