import type { Substitution } from './format';
import type { MessageKey, PluralKey } from './messages';

/**
 * Words decided outside the page that shows them (in lib/ or in the background, sometimes
 * stored, as a sync status is) and worded by that page in its reader's language: a message key
 * and its substitutions. Plain data, so it can be stored and sent between contexts.
 */
export type Phrase =
  | { key: MessageKey; params?: PhraseParam[]; count?: undefined }
  /** A plural message: `count` picks the form and is its first substitution. */
  | { key: PluralKey; count: number; params?: PhraseParam[] };

/**
 * A substitution, or a number the reader's locale writes: a size ("1,5 Mo"), a moment
 * ("14 mars 2025"), a rate as a percentage ("41,2 %"), a decimal ("1,84").
 */
export type PhraseParam =
  | Substitution
  | { bytes: number }
  | { time: number }
  | { rate: number }
  | { decimal: number; digits?: number };

/** A phrase in a few characters: `phrase('syncUpToDate', name, version)`. */
export function phrase(key: MessageKey, ...params: PhraseParam[]): Phrase {
  return params.length ? { key, params } : { key };
}
