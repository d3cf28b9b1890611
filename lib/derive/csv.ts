import Papa from 'papaparse';

/** A parsed CSV: unique header names and the data rows, each padded or cut to the header's width. */
export interface CsvTable {
  headers: string[];
  rows: string[][];
  /** The delimiter papaparse found (or was given). */
  delimiter: string;
  /** Data rows whose number of cells differs from the header's (1-based line numbers of rows). */
  ragged: number[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; message: string };

/** Beyond these the browser tab would struggle; a CRM export of accounts is far smaller. */
export const MAX_CSV_BYTES = 100 * 1024 * 1024;
export const MAX_CSV_ROWS = 500_000;

const DELIMITERS = [',', ';', '\t', '|'];

function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cell.trim() || `Column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** A human size: "12.5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Checks a file's size before reading it, so a huge file is refused without loading it. */
export function checkCsvSize(bytes: number): string | undefined {
  if (bytes === 0) return 'The file is empty.';
  if (bytes > MAX_CSV_BYTES)
    return `The file is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_CSV_BYTES)}. Export fewer columns or split it.`;
  return undefined;
}

/**
 * Parses a CRM export: header row first, delimiter guessed among comma, semicolon, tab and pipe,
 * a byte-order mark dropped, quoted fields may hold delimiters and newlines. Failures come back
 * as one clear sentence, never thrown: empty file, header only, a single column (usually the
 * wrong delimiter or not a CSV at all), broken quotes, too many rows.
 */
export function parseCsv(text: string): CsvResult {
  const size = checkCsvSize(text.length);
  if (size) return { ok: false, message: size };
  const input = text.replace(/^\uFEFF/, '');
  if (!input.trim()) return { ok: false, message: 'The file is empty.' };
  if (input.includes('\u0000'))
    return {
      ok: false,
      message: 'This looks like a binary file (a spreadsheet?), not a CSV. Export it as CSV first.',
    };

  const parsed = Papa.parse<string[]>(input, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS,
  });
  const rows = parsed.data;
  const [first, ...data] = rows;
  if (!first) return { ok: false, message: 'The file is empty.' };

  const quoteError = parsed.errors.find(
    (error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes',
  );
  if (quoteError) {
    const line = quoteError.row !== undefined ? ` near row ${quoteError.row + 1}` : '';
    return {
      ok: false,
      message: `A quoted field is never closed${line}: check for a stray " in the file.`,
    };
  }
  if (first.length < 2)
    return {
      ok: false,
      message: `Only one column found (header "${first[0]?.slice(0, 60) ?? ''}"). Columns must be separated by commas, semicolons, tabs or pipes; check the export's delimiter.`,
    };
  if (data.length === 0)
    return { ok: false, message: 'The file has a header row but no accounts below it.' };
  if (data.length > MAX_CSV_ROWS)
    return {
      ok: false,
      message: `The file has ${data.length.toLocaleString('en-US')} rows; the limit is ${MAX_CSV_ROWS.toLocaleString('en-US')}. Split it or filter the export.`,
    };

  const headers = uniqueHeaders(first);
  const width = headers.length;
  const ragged: number[] = [];
  const table = data.map((row, index) => {
    if (row.length === width) return row;
    ragged.push(index + 1);
    return row.length > width
      ? row.slice(0, width)
      : [...row, ...Array<string>(width - row.length).fill('')];
  });
  return { ok: true, table: { headers, rows: table, delimiter: parsed.meta.delimiter, ragged } };
}
