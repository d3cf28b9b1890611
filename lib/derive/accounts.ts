import type { Fact, Facts } from '../facts/schema';
import { phrase, type Phrase } from '../i18n/phrase';
import type { MessageKey } from '../i18n/messages';
import type { I18n } from '../i18n/translate';
import { countryCode } from '../normalize/country';
import { canonicalIndustry } from '../normalize/industry';
import { legalFormFromName } from '../normalize/facts';
import {
  parseDomainCell,
  parseEmployeesCell,
  parseRevenueCell,
  parseTechnologiesCell,
  parseValueCell,
} from './cells';
import { roleLabel, type ColumnMapping, type ColumnRole } from './columns';
import type { CsvTable } from '../csv/table';
import { outcomeClassifier, type DealOutcome, type OutcomeChoice } from './outcomes';

/** One imported account: its facts as the scoring engine reads them, its outcome, its deal value. */
export interface ImportedAccount {
  /** 1-based data row in the file (the header is row 0). */
  row: number;
  facts: Facts;
  outcome: DealOutcome;
  value?: number;
}

/** A cell that could not be read; the row is kept with that fact left unknown. */
export interface CellProblem {
  row: number;
  role: ColumnRole;
  cell: string;
  /** What is wrong with the cell, as a message key ("not a headcount"). */
  problem: MessageKey;
}

export interface ImportReport {
  rows: number;
  won: number;
  lost: number;
  open: number;
  /** Rows with at least one problem (unreadable cell, wrong number of cells). */
  messyRows: number;
  /** Problems per column role, for a summary such as "employees: 12 unreadable". */
  problemsByRole: Partial<Record<ColumnRole, number>>;
  /** Rows whose number of cells differs from the header's. */
  raggedRows: number;
  /** Industries not in the taxonomy, kept as written. */
  unknownIndustries: OutcomeCountEntry[];
  /** The first problems, for the user to look at (capped). */
  samples: CellProblem[];
}

export interface OutcomeCountEntry {
  value: string;
  count: number;
}

export interface ImportResult {
  accounts: ImportedAccount[];
  report: ImportReport;
}

export interface ImportOptions {
  /** Currency of plain revenue numbers (HubSpot and Salesforce write the portal's currency). */
  currency?: string;
  /** How many problems to keep as samples. */
  sampleLimit?: number;
}

export type ImportAttempt =
  { ok: true; result: ImportResult } | { ok: false; message: string; phrase: Phrase };

/**
 * Caches a cell reader per distinct cell: exports repeat the same industries, countries and
 * bands thousands of times. Results are shared between rows, so they are never mutated.
 */
function memo<T>(read: (cell: string) => T): (cell: string) => T {
  const seen = new Map<string, T>();
  return (cell) => {
    if (seen.has(cell)) return seen.get(cell) as T;
    const value = read(cell);
    if (seen.size < 50_000) seen.set(cell, value);
    return value;
  };
}

function fact<T>(value: T, cell: string): Fact<T> {
  return { value, source: 'import', confidence: 1, evidence: cell.slice(0, 500) };
}

/**
 * Turns CSV rows into accounts with facts, through the same normalisers as page extraction
 * (industry synonyms, headcount bands, country names, revenue magnitudes). An unreadable cell
 * leaves its fact unknown and is counted; it never drops the row or stops the import.
 */
export function importAccounts(
  table: CsvTable,
  mapping: ColumnMapping,
  choice: OutcomeChoice,
  options: ImportOptions = {},
): ImportAttempt {
  const outcomeColumn = mapping.outcome;
  if (outcomeColumn === undefined)
    return {
      ok: false,
      message: `No outcome column: pick the column that says whether each deal was won or lost (columns: ${table.headers.slice(0, 20).join(', ')}).`,
      phrase: phrase('deriveNoOutcomeColumn', table.headers.slice(0, 20).join(', ')),
    };
  if (choice.won.length === 0)
    return {
      ok: false,
      message: 'Pick at least one value of the outcome column that means won.',
      phrase: phrase('deriveMarkWon'),
    };

  const currency = options.currency ?? 'EUR';
  const sampleLimit = options.sampleLimit ?? 50;
  const classify = outcomeClassifier(choice);
  const industryOf = memo(canonicalIndustry);
  const employeesOf = memo(parseEmployeesCell);
  const revenueOf = memo((cell) => parseRevenueCell(cell, currency));
  const countryOf = memo(countryCode);
  const technologiesOf = memo((cell) => parseTechnologiesCell(cell).slice(0, 500));
  const ragged = new Set(table.ragged);
  const problemsByRole: Partial<Record<ColumnRole, number>> = {};
  const unknownIndustries = new Map<string, OutcomeCountEntry>();
  const samples: CellProblem[] = [];
  const accounts: ImportedAccount[] = [];
  const counts = { won: 0, lost: 0, open: 0 };
  let messyRows = 0;

  table.rows.forEach((cells, index) => {
    const row = index + 1;
    let messy = ragged.has(row);
    const problem = (role: ColumnRole, cell: string, what: MessageKey) => {
      messy = true;
      problemsByRole[role] = (problemsByRole[role] ?? 0) + 1;
      if (samples.length < sampleLimit) samples.push({ row, role, cell, problem: what });
    };
    const cell = (role: ColumnRole): string => {
      const column = mapping[role];
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };

    const facts: Facts = {};
    const name = cell('name');
    if (name) facts.name = fact(name.slice(0, 2000), name);

    const website = cell('domain');
    if (website) {
      const domain = parseDomainCell(website);
      if (domain) facts.domain = fact(domain, website);
      else problem('domain', website, 'cellNotDomain');
    }

    const industry = cell('industry');
    if (industry) {
      const label = industryOf(industry);
      if (!label) {
        const entry = unknownIndustries.get(industry.toLowerCase());
        if (entry) entry.count++;
        else unknownIndustries.set(industry.toLowerCase(), { value: industry, count: 1 });
      }
      facts.industry = fact((label ?? industry).slice(0, 2000), industry);
    }

    const employees = cell('employees');
    if (employees) {
      const value = employeesOf(employees);
      // CRMs write 0 for "not filled in": unknown, not a company of nobody.
      if (!value) problem('employees', employees, 'cellNotHeadcount');
      else if (value.max !== 0) facts.employees = fact(value, employees);
    }

    const revenue = cell('revenue');
    if (revenue) {
      const value = revenueOf(revenue);
      if (!value) problem('revenue', revenue, 'cellNotAmount');
      else if (value.max !== 0) facts.revenue = fact(value, revenue);
    }

    const country = cell('country');
    if (country) {
      const code = countryOf(country);
      if (code) facts.country = fact(code, country);
      else problem('country', country, 'cellUnknownCountry');
    }

    const technologies = cell('technologies');
    // An empty cell means nobody looked, not that the company uses nothing: left unknown.
    if (technologies) facts.technologies = fact(technologiesOf(technologies), technologies);

    const legalForm = cell('legalForm');
    const form = legalForm || (name ? legalFormFromName(name) : undefined);
    if (form) facts.legalForm = fact(form, legalForm || name);

    const outcomeCell = cell('outcome');
    const outcome = classify(outcomeCell);
    counts[outcome]++;

    const account: ImportedAccount = { row, facts, outcome };
    const valueCell = cell('value');
    if (valueCell) {
      const value = parseValueCell(valueCell);
      if (value !== undefined) account.value = value;
      else problem('value', valueCell, 'cellNotAmount');
    }
    if (messy) messyRows++;
    accounts.push(account);
  });

  return {
    ok: true,
    result: {
      accounts,
      report: {
        rows: table.rows.length,
        ...counts,
        messyRows,
        problemsByRole,
        raggedRows: table.ragged.length,
        unknownIndustries: [...unknownIndustries.values()].sort((a, b) => b.count - a.count),
        samples,
      },
    },
  };
}

/**
 * One line per kind of problem, in the reader's language: "Employees: 12 unreadable cells (e.g.
 * row 4: “lots”, not a headcount)." The CLI passes an English translator.
 */
export function describeReport(report: ImportReport, i18n: I18n): string[] {
  const { t, tn } = i18n;
  const lines = [
    tn('reportRows', report.rows, [
      i18n.number(report.won),
      i18n.number(report.lost),
      i18n.number(report.open),
    ]),
  ];
  if (report.messyRows > 0) lines.push(tn('reportMessyRows', report.messyRows));
  if (report.raggedRows > 0) lines.push(tn('reportRaggedRows', report.raggedRows));
  for (const [role, count] of Object.entries(report.problemsByRole) as [ColumnRole, number][]) {
    const sample = report.samples.find((problem) => problem.role === role);
    const unreadable = tn('reportUnreadable', count);
    lines.push(
      sample
        ? t('reportRoleProblemsExample', [
            roleLabel(t, role),
            unreadable,
            i18n.number(sample.row),
            sample.cell.slice(0, 40),
            t(sample.problem),
          ])
        : t('reportRoleProblems', [roleLabel(t, role), unreadable]),
    );
  }
  if (report.unknownIndustries.length > 0) {
    const listed = report.unknownIndustries
      .slice(0, 5)
      .map((entry) => t('reportIndustryCount', [entry.value, i18n.number(entry.count)]))
      .join(', ');
    lines.push(t('reportUnknownIndustries', listed));
  }
  return lines;
}
