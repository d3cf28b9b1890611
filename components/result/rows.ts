import { FACT_FIELDS, type Fact, type FactField, type Facts } from '../../lib/facts/schema';
import type { TabResult } from '../../lib/messaging/protocol';

type AnyFactValue = NonNullable<Facts[FactField]>['value'];

/** One line of the facts table. */
export interface FactRow {
  field: FactField;
  /** The fact as scored (the user's value when corrected); undefined when not found. */
  fact?: Fact<AnyFactValue>;
  /** True when the value is the user's correction. */
  edited: boolean;
  /** The value read off the page, shown next to a correction so the user can compare. */
  pageFact?: Fact<AnyFactValue>;
}

/**
 * The facts table of a result: every fact found, plus the facts an ICP criterion looks at that
 * were not found (so the user can fill in what the page lacks), in the schema's order.
 */
export function factRows(result: TabResult): FactRow[] {
  const facts = result.facts.facts as Partial<Record<FactField, Fact<AnyFactValue>>>;
  const page = result.extracted.facts as Partial<Record<FactField, Fact<AnyFactValue>>>;
  const wanted = new Set<FactField>(
    result.results.flatMap((score) =>
      score.criteria.filter((criterion) => criterion.field).map((criterion) => criterion.field),
    ),
  );
  return FACT_FIELDS.filter((field) => facts[field] !== undefined || wanted.has(field)).map(
    (field) => {
      const fact = facts[field];
      const row: FactRow = { field, edited: fact?.source === 'user' };
      if (fact) row.fact = fact;
      const pageFact = page[field];
      if (row.edited && pageFact && pageFact.source !== 'user') row.pageFact = pageFact;
      return row;
    },
  );
}

/**
 * Whether nothing was read off the page itself: facts taken from its address alone (the domain)
 * do not count, so a page with no company details says so instead of showing a blank breakdown.
 */
export function hasNoFacts(result: TabResult): boolean {
  return Object.values(result.facts.facts).every((fact) => !fact || fact.source === 'url');
}
