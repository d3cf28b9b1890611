export { scoreCompany, scoreAgainstAll, compareResults, sortedTiers } from './score';
export { evaluateCriterion } from './evaluate';
export { compareRange } from './ranges';
export type { ScoreResult, CriterionResult, CriterionEvidence, Outcome } from './result';
