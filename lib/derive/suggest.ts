import { ICP_FORMAT, icpSchema, type Criterion, type Icp } from '../icp/schema';
import { formatBounds } from '../score/ranges';
import type { ImportedAccount } from './accounts';
import { attributeValues, BANDS, type AttributeField, type Band } from './bands';
import { fitTiers, type TierEvidence } from './tiers';
import { computeStats, SUGGESTED_FIELDS, type DeriveStats, type ValueStats } from './stats';
import { wilsonInterval } from './wilson';

/** The numbers behind one suggested criterion, kept beside the ICP, never inside it. */
export interface CriterionEvidence {
  field: AttributeField;
  role: 'nice' | 'exclude';
  /** Each value's own numbers. */
  values: ValueStats[];
  /** Accounts matching any of the values, taken together. */
  combined: {
    accounts: number;
    won: number;
    winRate: number;
    lift: number;
    ci: [number, number];
    liftCi: [number, number];
  };
  /** The field's base win rate (accounts where the field is known). */
  baseWinRate: number;
  /** How the weight was chosen, in words. */
  why: string;
}

export interface Suggestion {
  /** The draft ICP, valid against icpSchema; null when no value stands out. */
  icp: Icp | null;
  /** Criterion id -> its numbers. */
  evidence: Record<string, CriterionEvidence>;
  /** Win rate per suggested tier on the imported accounts. */
  tiers: TierEvidence[];
  stats: DeriveStats;
  /** Things the user should know: thin evidence, nothing found. */
  warnings: string[];
}

export interface SuggestOptions {
  minSupport?: number;
  id?: string;
  name?: string;
  /** Where the accounts came from, for the description ("accounts.csv"). */
  sourceName?: string;
  now?: Date;
}

function combinedStats(
  accounts: readonly ImportedAccount[],
  attributes: readonly Record<AttributeField, string[] | undefined>[],
  field: AttributeField,
  values: ReadonlySet<string>,
  base: number,
): CriterionEvidence['combined'] {
  let won = 0;
  let n = 0;
  accounts.forEach((account, index) => {
    if (account.outcome === 'open') return;
    const list = attributes[index]![field];
    if (!list?.some((value) => values.has(value))) return;
    n++;
    if (account.outcome === 'won') won++;
  });
  const winRate = n > 0 ? won / n : 0;
  const ci = wilsonInterval(won, n);
  return {
    accounts: n,
    won,
    winRate,
    lift: base > 0 ? winRate / base : 0,
    ci,
    liftCi: base > 0 ? [ci[0] / base, ci[1] / base] : [0, 0],
  };
}

/** Runs of consecutive bands (by index) among the chosen ones. */
function bandRuns(bands: readonly Band[], chosen: readonly ValueStats[]): ValueStats[][] {
  const byLabel = new Map(chosen.map((value) => [value.value, value]));
  const runs: ValueStats[][] = [];
  let current: ValueStats[] = [];
  for (const band of bands) {
    const value = byLabel.get(band.label);
    if (value) current.push(value);
    else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function listLabel(values: readonly string[], joiner: string): string {
  const shown = values.slice(0, 4).join(joiner);
  const more = values.length > 4 ? ` and ${values.length - 4} more` : '';
  return `${shown}${more}`.slice(0, 180);
}

const money = (value: number) =>
  value >= 1e9
    ? `€${+(value / 1e9).toFixed(1)}B`
    : value >= 1e6
      ? `€${+(value / 1e6).toFixed(1)}M`
      : `€${Math.round(value / 1e3)}K`;

function rangeLabel(field: AttributeField, min: number, max: number | undefined): string {
  if (field === 'revenue') {
    if (max === undefined) return `Revenue ${money(min)}+`;
    return min === 0 ? `Revenue up to ${money(max)}` : `Revenue ${money(min)}-${money(max)}`;
  }
  return `${formatBounds(min, max)} employees`;
}

/** Criterion shape for a run of bands or a list of values. */
function criterionFor(
  field: AttributeField,
  id: string,
  role: 'nice' | 'exclude',
  values: readonly ValueStats[],
): Omit<Criterion, 'weight'> {
  const bands = BANDS[field];
  if (bands) {
    const first = bands.find((band) => band.label === values[0]!.value)!;
    const last = bands.find((band) => band.label === values[values.length - 1]!.value)!;
    const max = last.max ?? undefined;
    const criterion: Omit<Criterion, 'weight'> = {
      id,
      label: `${role === 'exclude' ? 'Not ' : ''}${rangeLabel(field, first.min, max)}`,
      field,
      op: 'between',
      min: first.min,
      role,
    };
    if (max !== undefined) criterion.max = max;
    if (field === 'revenue') criterion.currency = 'EUR';
    return criterion;
  }
  const list = values.map((value) => value.value);
  const labels: Record<string, string> = {
    industry: `Industry: ${listLabel(list, ', ')}`,
    country: `Country: ${listLabel(list, ', ')}`,
    technologies: `Uses ${listLabel(list, ' or ')}`,
    legalForm: `Legal form: ${listLabel(list, ', ')}`,
  };
  return {
    id,
    label: role === 'exclude' ? `Excluded: ${labels[field]!}` : labels[field]!,
    field,
    op: field === 'technologies' ? 'any' : 'in',
    values: list,
    role,
  };
}

/** Weight from the strength of the evidence: the lower bound of the combined lift, doubled. */
export function weightFromLift(liftLow: number): number {
  return Math.max(1, Math.min(10, Math.round(2 * liftLow)));
}

function slugify(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'accounts'
  );
}

/**
 * Suggests a draft ICP from won and lost accounts: for each field, the values whose win rate
 * beats the base with confidence become one criterion (consecutive headcount or revenue bands
 * one range), weighted by the strength of that evidence; values that almost never win with
 * enough accounts become `exclude` criteria; tier thresholds are set on the imported accounts
 * so that win rate falls from A to D. Every criterion's numbers come back in `evidence`.
 */
export function suggestIcp(
  accounts: readonly ImportedAccount[],
  options: SuggestOptions = {},
): Suggestion {
  const attributes = accounts.map((account) => attributeValues(account.facts));
  const stats = computeStats(accounts, { minSupport: options.minSupport, attributes });
  const warnings: string[] = [];
  if (stats.won === 0 || stats.lost === 0) {
    warnings.push(
      stats.won === 0
        ? 'No won deal among the accounts: check which outcome values mean won.'
        : 'No lost deal among the accounts: a win rate needs lost deals to compare with.',
    );
    return { icp: null, evidence: {}, tiers: [], stats, warnings };
  }

  let level: 'strong' | 'moderate' = 'strong';
  const anyStrong = SUGGESTED_FIELDS.some((field) =>
    stats.fields[field].values.some((value) => value.signal === 'strong'),
  );
  const anyModerate = SUGGESTED_FIELDS.some((field) =>
    stats.fields[field].values.some((value) => value.signal === 'moderate'),
  );
  if (!anyStrong && anyModerate) {
    level = 'moderate';
    warnings.push(
      `No value beats the base win rate once the ${stats.tested} values tested are allowed for; the draft uses values that beat it at 95% only, so treat it as a hint and re-check with more deals.`,
    );
  }

  const criteria: Criterion[] = [];
  const evidence: Record<string, CriterionEvidence> = {};

  const add = (
    field: AttributeField,
    id: string,
    role: 'nice' | 'exclude',
    values: ValueStats[],
  ) => {
    const base = stats.fields[field].baseWinRate;
    const combined = combinedStats(
      accounts,
      attributes,
      field,
      new Set(values.map((value) => value.value)),
      base,
    );
    const weight = weightFromLift(combined.liftCi[0]);
    criteria.push({ ...criterionFor(field, id, role, values), weight } as Criterion);
    evidence[id] = {
      field,
      role,
      values,
      combined,
      baseWinRate: base,
      why:
        role === 'exclude'
          ? `${combined.won} won of ${combined.accounts} closed deals (${percent(combined.winRate)}) against ${percent(base)} overall`
          : `win rate ${percent(combined.winRate)} against ${percent(base)}: lift ${combined.lift.toFixed(2)}, at least ${combined.liftCi[0].toFixed(2)} (95%), so weight ${weight}`,
    };
  };

  for (const field of SUGGESTED_FIELDS) {
    const values = stats.fields[field].values;
    const positive = values.filter(
      (value) => value.signal === 'strong' || (level === 'moderate' && value.signal === 'moderate'),
    );
    const excluded = values.filter((value) => value.signal === 'exclude');
    // Criterion ids are lower-case slugs.
    const id = field === 'legalForm' ? 'legal-form' : field;
    const bands = BANDS[field];
    if (bands) {
      // One range per field: the run of consecutive bands holding the most wins.
      const runs = bandRuns(bands, positive).sort(
        (a, b) => b.reduce((sum, v) => sum + v.won, 0) - a.reduce((sum, v) => sum + v.won, 0),
      );
      if (runs[0]) add(field, id, 'nice', runs[0]);
      bandRuns(bands, excluded).forEach((run, index) =>
        add(field, `${id}-exclude${index > 0 ? `-${index + 1}` : ''}`, 'exclude', run),
      );
    } else {
      if (positive.length > 0) add(field, id, 'nice', positive);
      if (excluded.length > 0) add(field, `${id}-exclude`, 'exclude', excluded);
    }
  }

  if (!criteria.some((criterion) => criterion.role !== 'exclude')) {
    warnings.push(
      `No attribute value wins clearly more often than the base rate (${percent(stats.baseWinRate)}) with at least ${stats.minSupport} closed deals. Lower the minimum support or import more deals.`,
    );
    return { icp: null, evidence, tiers: [], stats, warnings };
  }

  const now = options.now ?? new Date();
  const source = options.sourceName ?? 'imported accounts';
  const draft: Icp = icpSchema.parse({
    format: ICP_FORMAT,
    id: options.id ?? `derived-${slugify(source.replace(/\.csv$/i, ''))}`,
    name: options.name ?? `Derived from ${source}`.slice(0, 200),
    version: 1,
    updatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    description:
      `Suggested from ${stats.decided} closed deals (${stats.won} won, ${stats.lost} lost; base win rate ${percent(stats.baseWinRate)}), minimum support ${stats.minSupport}.`.slice(
        0,
        2000,
      ),
    criteria,
  });

  const fitted = fitTiers(accounts, draft, stats.minSupport);
  draft.tiers = fitted.tiers;
  return { icp: icpSchema.parse(draft), evidence, tiers: fitted.evidence, stats, warnings };
}

/** "12.5%". */
export function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}
