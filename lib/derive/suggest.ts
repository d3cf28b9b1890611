import { phrase, type Phrase } from '../i18n/phrase';
import { createI18n, type I18n } from '../i18n/translate';
import { ICP_FORMAT, icpSchema, type Criterion, type Icp } from '../icp/schema';
import { slugify } from '../icp/slug';
import type { ImportedAccount } from './accounts';
import { attributeValues, BANDS, type AttributeField, type Band } from './bands';
import { fitTiers, type TierEvidence } from './tiers';
import { computeStats, SUGGESTED_FIELDS, type DeriveStats, type ValueStats } from './stats';
import { exclusionLabel, rangeLabel, valuesLabel } from './labels';
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
  /** How the weight was chosen, in words (worded by the page, or in English by the CLI). */
  why: Phrase;
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
  warnings: Phrase[];
}

export interface SuggestOptions {
  minSupport?: number;
  id?: string;
  name?: string;
  /** Where the accounts came from, for the description ("accounts.csv"). */
  sourceName?: string;
  /** The language of the draft's name, description and labels (English by default). */
  i18n?: I18n;
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

/** Criterion shape for a run of bands or a list of values, labelled in the reader's language. */
function criterionFor(
  field: AttributeField,
  id: string,
  role: 'nice' | 'exclude',
  values: readonly ValueStats[],
  i18n: I18n,
): Omit<Criterion, 'weight'> {
  const bands = BANDS[field];
  if (bands) {
    const first = bands.find((band) => band.label === values[0]!.value)!;
    const last = bands.find((band) => band.label === values[values.length - 1]!.value)!;
    const max = last.max ?? undefined;
    const criterion: Omit<Criterion, 'weight'> = {
      id,
      label:
        role === 'exclude'
          ? exclusionLabel(rangeLabel(field, first.min, max, i18n), true, i18n)
          : rangeLabel(field, first.min, max, i18n),
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
  const label = valuesLabel(field, list, i18n);
  return {
    id,
    label: role === 'exclude' ? exclusionLabel(label, false, i18n) : label,
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
  const i18n = options.i18n ?? createI18n('en');
  const attributes = accounts.map((account) => attributeValues(account.facts));
  const stats = computeStats(accounts, { minSupport: options.minSupport, attributes });
  const warnings: Phrase[] = [];
  if (stats.won === 0 || stats.lost === 0) {
    warnings.push(phrase(stats.won === 0 ? 'deriveNoWon' : 'deriveNoLost'));
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
    warnings.push({ key: 'deriveOnlyModerate', count: stats.tested });
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
    criteria.push({ ...criterionFor(field, id, role, values, i18n), weight } as Criterion);
    evidence[id] = {
      field,
      role,
      values,
      combined,
      baseWinRate: base,
      why:
        role === 'exclude'
          ? {
              key: 'deriveWhyExclude',
              count: combined.won,
              params: [combined.accounts, { rate: combined.winRate }, { rate: base }],
            }
          : phrase(
              'deriveWhyNice',
              { rate: combined.winRate },
              { rate: base },
              { decimal: combined.lift, digits: 2 },
              { decimal: combined.liftCi[0], digits: 2 },
              weight,
            ),
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
    warnings.push({
      key: 'deriveNothingStandsOut',
      count: stats.minSupport,
      params: [{ rate: stats.baseWinRate }],
    });
    return { icp: null, evidence, tiers: [], stats, warnings };
  }

  const now = options.now ?? new Date();
  const source = options.sourceName ?? i18n.t('draftImportedAccounts');
  const draft: Icp = icpSchema.parse({
    format: ICP_FORMAT,
    id:
      options.id ??
      `derived-${slugify(source.replace(/\.csv$/i, ''), { max: 48, fallback: 'accounts' })}`,
    name: (options.name ?? i18n.t('deriveDraftName', source)).slice(0, 200),
    version: 1,
    updatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    description: i18n
      .tn('draftDescription', stats.decided, [
        i18n.number(stats.won),
        i18n.number(stats.lost),
        i18n.percent(stats.baseWinRate),
        i18n.number(stats.minSupport),
      ])
      .slice(0, 2000),
    criteria,
  });

  const fitted = fitTiers(accounts, draft, stats.minSupport);
  draft.tiers = fitted.tiers;
  return { icp: icpSchema.parse(draft), evidence, tiers: fitted.evidence, stats, warnings };
}
