import type { Facts } from '../facts/schema';
import type { Phrase } from '../i18n/phrase';
import type { Criterion } from '../icp/schema';
import { compileCriterion, type CompiledCriterion } from './criteria';
import type { CriterionEvidence, Outcome } from './result';

export interface Evaluation {
  outcome: Outcome;
  evidence: CriterionEvidence | null;
  note?: string;
  notePhrase?: Phrase;
}

const compiled = new WeakMap<Criterion, CompiledCriterion>();
const OUTCOMES: readonly Outcome[] = ['match', 'miss', 'unknown', 'unknown'];

/**
 * Decides one criterion against a company's facts: match, miss, or unknown (fact absent, a
 * guess, or an absence the page could not show). The same compiled criterion as compileIcp's.
 */
export function evaluateCriterion(criterion: Criterion, facts: Facts): Evaluation {
  let scorer = compiled.get(criterion);
  if (!scorer) compiled.set(criterion, (scorer = compileCriterion(criterion)));
  const { code, evidence, note, notePhrase } = scorer.explain(facts);
  const result: Evaluation = { outcome: OUTCOMES[code]!, evidence };
  if (note) result.note = note;
  if (notePhrase) result.notePhrase = notePhrase;
  return result;
}
