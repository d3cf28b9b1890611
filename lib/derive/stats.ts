import type { ImportedAccount } from './accounts';
import { ATTRIBUTE_FIELDS, attributeValues, BANDS, type AttributeField } from './bands';
import { normalQuantile, wilsonInterval } from './wilson';

/** Smallest number of won + lost accounts a value needs before it can become a criterion. */
export const DEFAULT_MIN_SUPPORT = 20;

/**
 * How a value compares with the base win rate:
 * - `strong`: its win rate's lower bound beats the base even after allowing for the number of
 *   values tested (so one of forty values looking good by luck does not count);
 * - `moderate`: beats the base at 95% but not after that allowance;
 * - `exclude`: almost never wins, with enough accounts to say so;
 * - `below`: wins clearly less than the base, but not rarely enough to exclude;
 * - `none`: no clear difference, or too few accounts (`supported` false).
 */
export type Signal = 'strong' | 'moderate' | 'none' | 'below' | 'exclude';

export interface ValueStats {
  field: AttributeField;
  value: string;
  /** Won + lost accounts with this value (open deals are left out). */
  accounts: number;
  won: number;
  lost: number;
  /** Open deals with this value, shown but not counted. */
  open: number;
  winRate: number;
  /** Win rate ÷ the field's base win rate. */
  lift: number;
  /** 95% Wilson interval of the win rate. */
  ci: [number, number];
  /** The same interval ÷ the base win rate. */
  liftCi: [number, number];
  supported: boolean;
  signal: Signal;
}

export interface FieldStats {
  field: AttributeField;
  /** Won + lost accounts whose value for this field is known. */
  known: number;
  /** Won + lost accounts where it is not. */
  unknown: number;
  /** Win rate among the accounts where the field is known: what a value's lift is measured against. */
  baseWinRate: number;
  /** Values, most accounts first; banded fields in band order. */
  values: ValueStats[];
}

export interface DeriveStats {
  /** Won + lost accounts. */
  decided: number;
  won: number;
  lost: number;
  open: number;
  baseWinRate: number;
  minSupport: number;
  /** Number of supported values tested for criteria, which sets `strictZ`. */
  tested: number;
  /** The z the `strong` signal uses: 95% confidence shared out over the values tested (Bonferroni). */
  strictZ: number;
  fields: Record<AttributeField, FieldStats>;
}

export interface StatsOptions {
  minSupport?: number;
  /** Each account's attribute values, when the caller has them already (same order). */
  attributes?: readonly Record<AttributeField, string[] | undefined>[];
}

/** Fields whose values can become criteria; regions are shown for reading, not suggested. */
export const SUGGESTED_FIELDS: readonly AttributeField[] = ATTRIBUTE_FIELDS.filter(
  (field) => field !== 'region',
);

interface Tally {
  won: number;
  lost: number;
  open: number;
}

const Z95 = 1.96;

/**
 * Win rate and lift of every attribute value over the imported accounts. Open deals are
 * counted apart and never enter a win rate.
 */
export function computeStats(
  accounts: readonly ImportedAccount[],
  options: StatsOptions = {},
): DeriveStats {
  const minSupport = Math.max(1, Math.round(options.minSupport ?? DEFAULT_MIN_SUPPORT));
  const tallies = new Map<AttributeField, Map<string, Tally>>();
  const knownTally = new Map<AttributeField, Tally>();
  for (const field of ATTRIBUTE_FIELDS) {
    tallies.set(field, new Map());
    knownTally.set(field, { won: 0, lost: 0, open: 0 });
  }
  const total: Tally = { won: 0, lost: 0, open: 0 };

  accounts.forEach((account, index) => {
    total[account.outcome]++;
    const values = options.attributes?.[index] ?? attributeValues(account.facts);
    for (const field of ATTRIBUTE_FIELDS) {
      const list = values[field];
      if (!list) continue;
      knownTally.get(field)![account.outcome]++;
      const byValue = tallies.get(field)!;
      for (const value of new Set(list)) {
        let tally = byValue.get(value);
        if (!tally) byValue.set(value, (tally = { won: 0, lost: 0, open: 0 }));
        tally[account.outcome]++;
      }
    }
  });

  const decided = total.won + total.lost;
  const tested = SUGGESTED_FIELDS.reduce((count, field) => {
    let supported = 0;
    for (const tally of tallies.get(field)!.values())
      if (tally.won + tally.lost >= minSupport) supported++;
    return count + supported;
  }, 0);
  // One-sided: only "better than base" (or "worse", for excludes) is looked for per value.
  const strictZ = Math.max(Z95, normalQuantile(1 - 0.05 / Math.max(1, tested)));

  const fields = {} as Record<AttributeField, FieldStats>;
  for (const field of ATTRIBUTE_FIELDS) {
    const known = knownTally.get(field)!;
    const knownDecided = known.won + known.lost;
    const base = knownDecided > 0 ? known.won / knownDecided : 0;
    const values: ValueStats[] = [];
    for (const [value, tally] of tallies.get(field)!) {
      const n = tally.won + tally.lost;
      if (n === 0 && tally.open === 0) continue;
      const winRate = n > 0 ? tally.won / n : 0;
      const ci = wilsonInterval(tally.won, n, Z95);
      const supported = n >= minSupport;
      values.push({
        field,
        value,
        accounts: n,
        won: tally.won,
        lost: tally.lost,
        open: tally.open,
        winRate,
        lift: base > 0 ? winRate / base : 0,
        ci,
        liftCi: base > 0 ? [ci[0] / base, ci[1] / base] : [0, 0],
        supported,
        signal: supported && base > 0 ? signalOf(tally.won, n, base, ci, strictZ) : 'none',
      });
    }
    const bands = BANDS[field];
    if (bands) {
      const order = new Map(bands.map((band, index) => [band.label, index]));
      values.sort((a, b) => (order.get(a.value) ?? 0) - (order.get(b.value) ?? 0));
    } else values.sort((a, b) => b.accounts - a.accounts || a.value.localeCompare(b.value));
    fields[field] = {
      field,
      known: knownDecided,
      unknown: decided - knownDecided,
      baseWinRate: base,
      values,
    };
  }

  return {
    decided,
    won: total.won,
    lost: total.lost,
    open: total.open,
    baseWinRate: decided > 0 ? total.won / decided : 0,
    minSupport,
    tested,
    strictZ,
    fields,
  };
}

function signalOf(
  won: number,
  n: number,
  base: number,
  ci: [number, number],
  strictZ: number,
): Signal {
  const strict = wilsonInterval(won, n, strictZ);
  if (strict[0] > base) return 'strong';
  if (ci[0] > base) return 'moderate';
  // "Almost never wins": a quarter of the base rate at most, and surely below half of it.
  if (won / n <= base / 4 && strict[1] < base / 2) return 'exclude';
  if (ci[1] < base) return 'below';
  return 'none';
}
