import Papa from 'papaparse';
import { importAccounts, type ImportedAccount } from '../../../lib/derive/accounts';
import { guessMapping } from '../../../lib/derive/columns';
import { readAccountsTable } from '../../../lib/derive/load';

/** A small seeded PRNG (mulberry32), so generated account sets are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  rows: number;
  seed: number;
  /** Share of cells left empty per attribute. */
  missing?: number;
  /** Share of rows with an unreadable employees or country cell. */
  messy?: number;
  /** Share of deals still open. */
  open?: number;
  /** Add a segment that never wins (Government Administration), to be suggested as exclude. */
  neverWins?: boolean;
  /**
   * `segment` (default): only the full segment wins 40%. `additive`: each planted trait adds to
   * the win rate on its own (5% + 15% per trait), a stronger signal for small files.
   */
  model?: 'segment' | 'additive';
}

export interface SyntheticSet {
  csv: string;
  /** Number of rows in the planted winning segment. */
  planted: number;
}

const OTHER_INDUSTRIES = [
  'IT Services and IT Consulting',
  'Manufacturing',
  'Construction',
  'Financial Services',
  'Retail',
  'Advertising Services',
];
const OTHER_COUNTRIES = ['Spain', 'IT', 'United Kingdom', 'NL', 'US', 'Belgique'];
const TECHNOLOGIES = [
  'HubSpot',
  'WordPress',
  'Salesforce',
  'Shopify',
  'Google Analytics',
  'Intercom',
];

/**
 * A HubSpot-shaped export with a planted truth: software companies of 51-500 staff in France or
 * Germany win 40% of their deals, everything else 5% (and, optionally, government bodies never
 * do). Technologies and revenue are noise. Country and headcount are written in several ways
 * ("France", "FR", "Deutschland"; "120", "51-200", "1,200"), some cells are empty or unreadable.
 */
export function syntheticAccounts(options: SyntheticOptions): SyntheticSet {
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const missing = options.missing ?? 0.1;
  const messy = options.messy ?? 0.02;
  const open = options.open ?? 0.1;
  const rows: string[][] = [];
  let planted = 0;
  for (let index = 0; index < options.rows; index++) {
    const government = options.neverWins === true && random() < 0.08;
    const software = !government && random() < 0.4;
    const industry = government
      ? 'Government Administration'
      : software
        ? pick(['Software Development', 'Software', 'Éditeur de logiciels'])
        : pick(OTHER_INDUSTRIES);
    // Half inside 51-500, the rest spread below and above.
    const staff =
      random() < 0.5
        ? 51 + Math.floor(random() * 450)
        : random() < 0.5
          ? 1 + Math.floor(random() * 50)
          : 501 + Math.floor(random() * 20000);
    const frde = random() < 0.5;
    const country = frde
      ? pick(['France', 'FR', 'Frankreich', 'Germany', 'DE', 'Deutschland'])
      : pick(OTHER_COUNTRIES);
    const inSegment = software && staff >= 51 && staff <= 500 && frde;
    if (inSegment) planted++;
    const traits = Number(software) + Number(staff >= 51 && staff <= 500) + Number(frde);
    const chance = options.model === 'additive' ? 0.05 + 0.15 * traits : inSegment ? 0.4 : 0.05;
    const won = random() < (government ? 0 : chance);
    const stage =
      random() < open
        ? pick(['Negotiation', 'Appointment Scheduled'])
        : won
          ? 'Closed Won'
          : 'Closed Lost';

    const band =
      staff <= 50 ? '11-50' : staff <= 200 ? '51-200' : staff <= 500 ? '201-500' : '501-1,000';
    let employees =
      random() < 0.3 && staff > 10 && staff <= 1000 ? band : staff.toLocaleString('en-US');
    let countryCell = country;
    if (random() < messy) employees = 'lots';
    if (random() < messy) countryCell = 'Atlantis';
    const technologies = TECHNOLOGIES.filter(() => random() < 0.3).join('; ');
    // Independent of the outcome: revenue is noise here, not a proxy for headcount.
    const revenue = String(Math.round(10 ** (5 + random() * 4)));
    const blank = (cell: string) => (random() < missing ? '' : cell);
    rows.push([
      `Company ${index + 1} ${pick(['SAS', 'GmbH', 'Ltd', 'Inc.', 'SL'])}`,
      `company${index + 1}.example`,
      blank(industry),
      blank(employees),
      blank(countryCell),
      blank(revenue),
      blank(technologies),
      stage,
      won ? String(Math.round(5_000 + random() * 50_000)) : '',
    ]);
  }
  const csv = Papa.unparse({
    fields: [
      'Company name',
      'Company Domain Name',
      'Industry',
      'Number of Employees',
      'Country/Region',
      'Annual Revenue',
      'Technologies',
      'Deal Stage',
      'Amount',
    ],
    data: rows,
  });
  return { csv, planted };
}

/** Imports a synthetic HubSpot-shaped export the way the options page and the CLI do. */
export function importSynthetic(csv: string): ImportedAccount[] {
  const parsed = readAccountsTable(csv);
  if (!parsed.ok) throw new Error(parsed.phrase.key);
  const attempt = importAccounts(parsed.table, guessMapping(parsed.table.headers), {
    won: ['Closed Won'],
    lost: ['Closed Lost'],
  });
  if (!attempt.ok) throw new Error(attempt.message);
  return attempt.result.accounts;
}
