export { compileIcp, icpCacheKey, sortedTiers, type CompiledIcp } from './compile';
export {
  scoreCompany,
  scoreAgainstAll,
  compareResults,
  compareVerdicts,
  disqualifications,
  disqualificationReason,
  type Disqualification,
} from './score';
export { evaluateCriterion } from './evaluate';
export { compareRange } from './ranges';
export { GUESS_CONFIDENCE, MIN_KEYWORD_TEXT, DEFAULT_MIN_COVERAGE, isGuess } from './rules';
export { VerdictFlag } from './result';
export type {
  ScoreResult,
  Verdict,
  TierRange,
  IcpRef,
  CriterionResult,
  CriterionEvidence,
  Outcome,
} from './result';
