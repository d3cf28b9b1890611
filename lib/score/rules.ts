/**
 * The scoring rules' constants, in one place (docs/scoring.md explains each; the SQL compiler
 * reads them from here).
 */

/** Facts below this confidence are guesses: shown as such and scored unknown. */
export const GUESS_CONFIDENCE = 0.5;

/**
 * Characters of description and specialties (together) that must have been read before the
 * absence of a keyword counts as a miss; with less, the keyword criterion stays unknown.
 */
export const MIN_KEYWORD_TEXT = 100;

/**
 * Default share of the weight that must be known for a verdict whose score and potential reach
 * different tiers to be decided (an ICP's `minCoverage`).
 */
export const DEFAULT_MIN_COVERAGE = 0.5;

/** Whether a fact is a guess (see GUESS_CONFIDENCE). */
export function isGuess(fact: { confidence: number }): boolean {
  return !(fact.confidence >= GUESS_CONFIDENCE);
}
