import { foldText } from '../normalize/text';

export type DealOutcome = 'won' | 'lost' | 'open';

/** Which values of the outcome column mean won and which mean lost; anything else is open. */
export interface OutcomeChoice {
  won: readonly string[];
  lost: readonly string[];
}

export interface OutcomeValueCount {
  value: string;
  count: number;
}

const key = (value: string) => foldText(value);

/** The distinct values of a column with how often each occurs, most frequent first. */
export function distinctValues(
  rows: readonly (readonly string[])[],
  column: number,
): OutcomeValueCount[] {
  const counts = new Map<string, OutcomeValueCount>();
  for (const row of rows) {
    const value = (row[column] ?? '').trim();
    const folded = key(value);
    const entry = counts.get(folded);
    if (entry) entry.count++;
    else counts.set(folded, { value, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

const WON = /\bwon\b|\bgagne|\bgewonnen|^(?:true|yes|oui|ja|1|customer|client)$/;
const LOST = /\blost\b|\bperdu|\bverloren|churn|^(?:false|no|non|nein|0)$/;

/**
 * Guesses which values mean won and lost: "Closed Won", "won", "true", "yes", "1" against
 * "Closed Lost", "lost", "false", "no", "0". Anything else ("Negotiation", empty) stays open.
 */
export function guessOutcomes(values: readonly OutcomeValueCount[]): OutcomeChoice {
  const won: string[] = [];
  const lost: string[] = [];
  for (const { value } of values) {
    const folded = key(value);
    if (!folded) continue;
    if (LOST.test(folded)) lost.push(value);
    else if (WON.test(folded)) won.push(value);
  }
  return { won, lost };
}

/** Classifies one cell; values are compared without case or accents. */
export function outcomeClassifier(choice: OutcomeChoice): (cell: string) => DealOutcome {
  const won = new Set(choice.won.map(key));
  const lost = new Set(choice.lost.map(key));
  return (cell) => {
    const folded = key(cell);
    if (won.has(folded)) return 'won';
    if (lost.has(folded)) return 'lost';
    return 'open';
  };
}
