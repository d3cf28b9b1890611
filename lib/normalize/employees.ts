import type { EmployeesValue } from '../facts/schema';

/** A number with optional thousands separators: "10,001", "1 200", "221.000", "5'000". */
const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+|\d{1,7}`;
const RANGE = new RegExp(
  String.raw`(${NUMBER})\s*(k)?\s*(?:[-–—]|to|à|a|bis)\s*(${NUMBER})\s*(k)?`,
  'i',
);
const OPEN = new RegExp(
  String.raw`(?:(?:more than|over|plus de|über|mehr als|>)\s*(${NUMBER})\s*(k)?)|(?:(${NUMBER})\s*(k)?(?:\s+[a-zéèäöü]{3,15})?\s*(?:\+|or more|and more|et plus|und mehr|ou plus))`,
  'i',
);
const SINGLE = new RegExp(String.raw`(${NUMBER})\s*(k)?`, 'i');

/** Most people a company is believed to employ: anything above is a misread. */
const MAX_EMPLOYEES = 5_000_000;

/** Parses "10,001", "1 200" or "5k" to a number. */
export function parseCount(digits: string, thousands?: string): number {
  const value = Number(digits.replace(/[,.\u00a0\u202f' ]/g, ''));
  return thousands ? value * 1000 : value;
}

/**
 * Reads a headcount: LinkedIn bands ("51-200 employees", "10,001+"), ranges in English, French
 * or German ("de 10 à 19 salariés"), open-ended counts ("200+ employees", "plus de 500") and
 * plain counts ("40 collaborateurs" is 40-40). Returns undefined when there is no number.
 */
export function parseEmployees(text: string): EmployeesValue | undefined {
  const input = text.slice(0, 200);
  const range = RANGE.exec(input);
  if (range) {
    const min = parseCount(range[1]!, range[2]);
    const max = parseCount(range[3]!, range[4] ?? range[2]);
    if (min <= max && max <= MAX_EMPLOYEES) return { min, max };
  }
  const open = OPEN.exec(input);
  if (open) {
    const min = open[1] ? parseCount(open[1], open[2]) : parseCount(open[3]!, open[4]);
    if (min <= MAX_EMPLOYEES) return { min, max: null };
  }
  const single = SINGLE.exec(input);
  if (single) {
    const count = parseCount(single[1]!, single[2]);
    if (count <= MAX_EMPLOYEES) return { min: count, max: count };
  }
  return undefined;
}

/** INSEE "tranche d'effectif salarié" codes (SIRENE) to their ranges. */
const INSEE: Readonly<Record<string, EmployeesValue>> = {
  '00': { min: 0, max: 0 },
  '01': { min: 1, max: 2 },
  '02': { min: 3, max: 5 },
  '03': { min: 6, max: 9 },
  '11': { min: 10, max: 19 },
  '12': { min: 20, max: 49 },
  '21': { min: 50, max: 99 },
  '22': { min: 100, max: 199 },
  '31': { min: 200, max: 249 },
  '32': { min: 250, max: 499 },
  '41': { min: 500, max: 999 },
  '42': { min: 1000, max: 1999 },
  '51': { min: 2000, max: 4999 },
  '52': { min: 5000, max: 9999 },
  '53': { min: 10000, max: null },
};

/** The range of an INSEE tranche code ("12" → 20-49), or undefined ("NN" means not known). */
export function employeesFromInseeCode(code: string): EmployeesValue | undefined {
  const range = INSEE[code.trim()];
  return range ? { ...range } : undefined;
}
