import { phrase, type Phrase } from '../i18n/phrase';
import { readCsvRows, type CsvProblem } from './read';

/**
 * A whole CSV file as a table, for callers that need every row at once (the Learn tab's column
 * mapping and statistics): unique header names and the data rows, each padded or cut to the
 * header's width, with the line each starts on. Built on the row reader (read.ts).
 */
export interface CsvTable {
  headers: string[];
  rows: string[][];
  /** The 1-based line of the file each row starts on. */
  lines: number[];
  /** The delimiter found (or given). */
  delimiter: string;
  /** Data rows whose number of cells differs from the header's (1-based row numbers). */
  ragged: number[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; phrase: Phrase };

export interface CsvTableOptions {
  /** Most data rows; more is refused with a phrase. */
  maxRows: number;
}

function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cell.trim() || `Column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/**
 * Reads an export with a header row: delimiter guessed among comma, semicolon, tab and pipe, a
 * byte-order mark dropped, quoted fields may hold delimiters and newlines. Failures come back as
 * one clear sentence, never thrown: empty file, header only, a single column (usually the wrong
 * delimiter or not a CSV at all), broken quotes (with their line), too many rows; as phrases the
 * page words in its reader's language.
 */
export function readCsvTable(text: string, options: CsvTableOptions): CsvResult {
  let first: string[] | undefined;
  const rows: string[][] = [];
  const lines: number[] = [];
  const read = readCsvRows(
    text,
    ({ cells, line }) => {
      if (!first) first = cells;
      else {
        rows.push(cells);
        lines.push(line);
      }
    },
    { maxDataRows: options.maxRows },
  );
  if (!read.ok) return read;
  if (!first) return { ok: false, phrase: phrase('csvEmpty') };
  const quote: CsvProblem | undefined = read.problems[0];
  if (quote) return { ok: false, phrase: phrase('csvQuoteNear', { decimal: quote.line }) };
  if (first.length < 2)
    return { ok: false, phrase: phrase('csvOneColumn', first[0]?.slice(0, 60) ?? '') };
  if (rows.length === 0) return { ok: false, phrase: phrase('csvHeaderOnly') };

  const headers = uniqueHeaders(first);
  const width = headers.length;
  const ragged: number[] = [];
  const table = rows.map((row, index) => {
    if (row.length === width) return row;
    ragged.push(index + 1);
    return row.length > width
      ? row.slice(0, width)
      : [...row, ...Array<string>(width - row.length).fill('')];
  });
  return { ok: true, table: { headers, rows: table, lines, delimiter: read.delimiter, ragged } };
}
