import Papa from 'papaparse';
import { readCsvRows } from '../csv/read';
import { phrase, type Phrase } from '../i18n/phrase';
import { OPS_BY_FIELD, criterionFields, type CriterionField } from '../icp/schema';
import { slugify } from '../icp/slug';
import { parseIcp, type IcpParseResult, type IcpProblem } from '../icp/validate';

/**
 * ICPs kept in a spreadsheet: one criterion per row, exported as CSV. Columns (header row
 * required, any order, case ignored): `field, op, values, min, max, currency, weight, role,
 * label, id, description`. `values` are separated by `;` (or `|`). Rows whose `field` is
 * `icp.id`, `icp.name`, `icp.version`, `icp.description`, `icp.owner` or `icp.minCoverage` carry the ICP's own
 * details in `values`; a `tier` row gives a tier (`label`, `min`). Documented in the README.
 */

export const CSV_COLUMNS = [
  'field',
  'op',
  'values',
  'min',
  'max',
  'currency',
  'weight',
  'role',
  'label',
  'id',
  'description',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** More rows than any ICP needs: a bigger sheet is not an ICP. */
const MAX_SHEET_ROWS = 10_000;

const META_FIELDS = [
  'icp.id',
  'icp.name',
  'icp.version',
  'icp.description',
  'icp.owner',
  'icp.mincoverage',
] as const;

const NUMERIC_VALUE_FIELDS: readonly CriterionField[] = ['foundedYear'];

export interface CsvIcpOptions {
  /** Used when the sheet has no `icp.id` row (from the file or URL name). */
  fallbackId?: string;
  fallbackName?: string;
}

function numberCell(text: string): number | string {
  const cleaned = text.replace(/[\s\u00a0_]/g, '');
  // "1,5" in a French sheet is 1.5; thousands separators are not worth guessing about.
  const value = Number(cleaned.replace(/^(\d+),(\d+)$/, '$1.$2'));
  return cleaned && Number.isFinite(value) ? value : text;
}

function splitValues(text: string): string[] {
  return text
    .split(/[;|\n]/)
    .map((value) => value.trim())
    .filter(Boolean);
}

function defaultLabel(field: string, op: string, row: Record<string, string>): string {
  if (op === 'between') return `${field} ${row.min || '…'}-${row.max || '…'}`;
  return `${field} ${op} ${splitValues(row.values ?? '').join(', ')}`.slice(0, 200);
}

/**
 * A problem of the sheet itself, in English for logs and in a phrase for the page
 * (lib/icp/problem-text words `issue.phrase`).
 */
function sheetProblem(path: string, message: string, said: Phrase): IcpProblem {
  return { path, message, issue: { code: 'csv', phrase: said } };
}

/** Rewrites `criteria[2].weight` as `criteria[2].weight (CSV line 5)` so a marketer finds it. */
function locate(problem: IcpProblem, lines: readonly number[]): IcpProblem {
  const match = /^criteria\[(\d+)\]/.exec(problem.path);
  const line = match ? lines[Number(match[1])] : undefined;
  return line === undefined ? problem : { ...problem, path: `${problem.path} (CSV line ${line})` };
}

/** Turns CSV text into an ICP v1 document and validates it; problems name their CSV line. */
export function icpFromCsv(text: string, options: CsvIcpOptions = {}): IcpParseResult {
  const problems: IcpProblem[] = [];
  const longRows: IcpProblem[] = [];
  let headers: string[] | undefined;
  const rows: { line: number; row: Record<string, string> }[] = [];
  const read = readCsvRows(
    text,
    ({ cells, line }) => {
      if (!headers) {
        headers = cells.map((header) => header.trim().toLowerCase());
        return;
      }
      // Short rows are fine (hand-written sheets leave trailing cells out); long ones are not.
      if (cells.length > headers.length)
        longRows.push(
          sheetProblem(
            `CSV line ${line}`,
            `Too many fields: expected ${headers.length} fields but parsed ${cells.length} (separate values with ";" or quote the cell)`,
            phrase('icpSheetTooManyFields', headers.length, cells.length),
          ),
        );
      const row: Record<string, string> = {};
      headers.forEach((header, index) => {
        if (cells[index] !== undefined) row[header] = cells[index].trim();
      });
      rows.push({ line, row });
    },
    { maxDataRows: MAX_SHEET_ROWS },
  );
  // The reader's own problems are phrases only; their English here is for logs.
  if (!read.ok)
    return {
      ok: false,
      problems: [sheetProblem('', `the CSV cannot be read (${read.phrase.key})`, read.phrase)],
    };
  const columns = CSV_COLUMNS.join(', ');
  if (!headers?.includes('field'))
    return {
      ok: false,
      problems: [
        sheetProblem(
          '',
          `not an ICP sheet: the first row must name the columns (${columns})`,
          phrase('icpSheetNoHeader', columns),
        ),
      ],
    };
  for (const header of headers)
    if (header && !(CSV_COLUMNS as readonly string[]).includes(header))
      problems.push(
        sheetProblem(
          `column "${header}"`,
          `unknown column; use ${columns}`,
          phrase('icpSheetUnknownColumn', header, columns),
        ),
      );
  const rowProblems = [
    ...read.problems.map(({ line, problem }) =>
      sheetProblem(`CSV line ${line}`, `broken quotes (${problem})`, phrase(problem)),
    ),
    ...longRows,
  ];
  problems.push(...rowProblems.slice(0, 5));
  if (problems.length) return { ok: false, problems };

  const icp: Record<string, unknown> = { format: 'icp-lens/v1' };
  const criteria: Record<string, unknown>[] = [];
  const tiers: Record<string, unknown>[] = [];
  const lines: number[] = [];
  const usedIds = new Set<string>();

  rows.forEach(({ line, row }) => {
    const cell = (column: Column) => row[column] ?? '';
    const field = cell('field');
    if (!field || field.startsWith('#')) return; // blank or comment row
    if ((META_FIELDS as readonly string[]).includes(field.toLowerCase())) {
      const key = field.toLowerCase().slice(4);
      if (key === 'mincoverage') icp.minCoverage = numberCell(cell('values'));
      else icp[key] = key === 'version' ? numberCell(cell('values')) : cell('values');
      return;
    }
    if (field.toLowerCase() === 'tier') {
      tiers.push({ label: cell('label') || cell('values'), min: numberCell(cell('min')) });
      return;
    }
    const fieldName = (criterionFields as readonly string[]).find(
      (name) => name.toLowerCase() === field.toLowerCase(),
    );
    const op =
      cell('op') || (fieldName ? (OPS_BY_FIELD[fieldName as CriterionField][0] ?? '') : '');
    const criterion: Record<string, unknown> = { field: fieldName ?? field, op };
    const values = splitValues(cell('values'));
    if (values.length)
      criterion.values =
        fieldName && NUMERIC_VALUE_FIELDS.includes(fieldName as CriterionField)
          ? values.map(numberCell)
          : values;
    for (const column of ['min', 'max', 'weight'] as const)
      if (cell(column)) criterion[column] = numberCell(cell(column));
    if (cell('currency')) criterion.currency = cell('currency').toUpperCase();
    if (cell('role')) criterion.role = cell('role').toLowerCase();
    if (cell('description')) criterion.description = cell('description');
    criterion.label = cell('label') || defaultLabel(field, op, row);
    let id = cell('id') || slugify(cell('label') || field, { fallback: 'criterion' });
    if (!cell('id')) {
      // Generated ids must stay unique; explicit duplicates are reported by the schema.
      const base = id;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    }
    usedIds.add(id);
    criterion.id = id;
    criteria.push(criterion);
    lines.push(line);
  });

  icp.id ??= options.fallbackId;
  icp.name ??= options.fallbackName ?? icp.id;
  if (icp.version === undefined)
    return {
      ok: false,
      problems: [
        sheetProblem(
          'icp.version',
          'add a row with field "icp.version" and the version number in "values"',
          phrase('icpSheetNoVersion'),
        ),
      ],
    };
  icp.criteria = criteria;
  if (tiers.length) icp.tiers = tiers;
  const result = parseIcp(icp);
  return result.ok
    ? result
    : { ok: false, problems: result.problems.map((problem) => locate(problem, lines)) };
}

/** Writes an ICP as CSV in the columns `icpFromCsv` reads back. */
export function icpToCsv(icp: {
  id: string;
  name: string;
  version: number;
  description?: string;
  owner?: string;
  minCoverage?: number;
  tiers: readonly { label: string; min: number }[];
  criteria: readonly {
    id: string;
    label: string;
    field: string;
    op: string;
    values?: readonly (string | number)[];
    min?: number;
    max?: number;
    currency?: string;
    weight: number;
    role: string;
    description?: string;
  }[];
}): string {
  const rows: Record<Column, string>[] = [];
  const empty = () =>
    Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])) as Record<Column, string>;
  const meta = (field: string, value: string | undefined) => {
    if (value !== undefined) rows.push({ ...empty(), field, values: value });
  };
  meta('icp.id', icp.id);
  meta('icp.name', icp.name);
  meta('icp.version', String(icp.version));
  meta('icp.description', icp.description);
  meta('icp.owner', icp.owner);
  meta('icp.minCoverage', icp.minCoverage?.toString());
  for (const tier of icp.tiers)
    rows.push({ ...empty(), field: 'tier', label: tier.label, min: String(tier.min) });
  for (const criterion of icp.criteria)
    rows.push({
      ...empty(),
      field: criterion.field,
      op: criterion.op,
      values: (criterion.values ?? []).join('; '),
      min: criterion.min === undefined ? '' : String(criterion.min),
      max: criterion.max === undefined ? '' : String(criterion.max),
      currency: criterion.currency ?? '',
      weight: String(criterion.weight),
      role: criterion.role,
      label: criterion.label,
      id: criterion.id,
      description: criterion.description ?? '',
    });
  return Papa.unparse({
    fields: [...CSV_COLUMNS],
    data: rows.map((row) => CSV_COLUMNS.map((c) => row[c])),
  });
}
