import { createI18n, type I18n } from '../i18n/translate';
import type { Criterion, Icp, Tier } from '../icp/schema';
import { parseIcp, type IcpParseResult } from '../icp/validate';
import type { ImportedAccount } from './accounts';
import type { AttributeField } from './bands';
import type { DeriveStats, ValueStats } from './stats';
import type { CriterionEvidence, Suggestion } from './suggest';
import { valuesLabel } from './labels';
import { fitTiers } from './tiers';

/**
 * The user's review of a suggestion: each suggested criterion accepted, edited or dropped.
 * Pure state and transitions, so the options page stays a thin view over them.
 */

export interface ReviewRow {
  criterion: Criterion;
  /** The numbers behind the suggestion; absent for a criterion the user added. */
  evidence?: CriterionEvidence;
  accepted: boolean;
}

export interface Review {
  id: string;
  name: string;
  description?: string;
  tiers: Tier[];
  rows: ReviewRow[];
}

/** The starting review: every suggested criterion accepted as suggested. */
export function reviewFromSuggestion(suggestion: Suggestion): Review | null {
  const icp = suggestion.icp;
  if (!icp) return null;
  const review: Review = {
    id: icp.id,
    name: icp.name,
    tiers: icp.tiers.map((tier) => ({ ...tier })),
    rows: icp.criteria.map((criterion) => {
      const row: ReviewRow = { criterion: { ...criterion }, accepted: true };
      const evidence = suggestion.evidence[criterion.id];
      if (evidence) row.evidence = evidence;
      return row;
    }),
  };
  if (icp.description) review.description = icp.description;
  return review;
}

/** The ICP document the review stands for (accepted rows only), validated like any ICP. */
export function icpFromReview(review: Review, version = 1, now = new Date()): IcpParseResult {
  const document: Record<string, unknown> = {
    format: 'icp-lens/v1',
    id: review.id,
    name: review.name,
    version,
    updatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    tiers: review.tiers,
    criteria: review.rows.filter((row) => row.accepted).map((row) => row.criterion),
  };
  if (review.description) document.description = review.description;
  return parseIcp(document);
}

/** Returns the review with one row changed (criterion fields merged, or accepted toggled). */
export function updateRow(
  review: Review,
  index: number,
  change: { accepted?: boolean; criterion?: Partial<Criterion> },
): Review {
  return {
    ...review,
    rows: review.rows.map((row, at) => {
      if (at !== index) return row;
      const next: ReviewRow = { ...row, criterion: { ...row.criterion, ...change.criterion } };
      if (change.accepted !== undefined) next.accepted = change.accepted;
      return next;
    }),
  };
}

/** Parses "FR, DE; ES" from a text box into a values list. */
export function parseValuesText(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((value) => value.trim())
    .filter(Boolean);
}

const LIST_FIELDS: readonly AttributeField[] = ['industry', 'country', 'technologies', 'legalForm'];

/** Whether a value from the statistics table can be added to the draft with one click. */
export function canAddValue(value: ValueStats): boolean {
  return LIST_FIELDS.includes(value.field);
}

/**
 * Adds a value from the statistics table: to the field's accepted `nice` criterion when there
 * is one, else as a new criterion of weight 1 (the user sets its weight).
 */
export function addValue(review: Review, value: ValueStats, i18n: I18n = createI18n('en')): Review {
  if (!canAddValue(value)) return review;
  const field = value.field as Criterion['field'];
  const index = review.rows.findIndex(
    (row) => row.criterion.field === field && row.criterion.role === 'nice',
  );
  if (index >= 0) {
    const criterion = review.rows[index]!.criterion;
    const values = criterion.values ?? [];
    if (values.some((existing) => String(existing) === value.value))
      return updateRow(review, index, { accepted: true });
    return updateRow(review, index, {
      accepted: true,
      criterion: { values: [...values, value.value] },
    });
  }
  const base = field === 'legalForm' ? 'legal-form' : field;
  let id = base;
  for (let n = 2; review.rows.some((row) => row.criterion.id === id); n++) id = `${base}-${n}`;
  const criterion: Criterion = {
    id,
    label: valuesLabel(value.field, [value.value], i18n),
    field,
    op: field === 'technologies' ? 'any' : 'in',
    values: [value.value],
    weight: 1,
    role: 'nice',
  };
  return { ...review, rows: [...review.rows, { criterion, accepted: true }] };
}

/** Tier thresholds refitted to the imported accounts after edits, so win rate falls from A to D again. */
export function refitTiers(
  accounts: readonly ImportedAccount[],
  icp: Icp,
  stats: Pick<DeriveStats, 'minSupport'>,
): Tier[] {
  return fitTiers(accounts, icp, stats.minSupport).tiers;
}
