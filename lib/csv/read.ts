import Papa from 'papaparse';
import { sniffDelimiter } from './dialect';

/**
 * The one CSV reader of ICP Lens (accounts import, Learn from customers, ICP sheets, the CLI): a
 * function over rows, so a caller can handle a CRM export of any length one row at a time, and
 * every row (and every problem) comes with the 1-based line of the file it starts on.
 */

/** One row of the file, with the line it starts on (a quoted cell may span several lines). */
export interface CsvRow {
  cells: string[];
  line: number;
}

/** Something wrong with one row, said for people, with its line. */
export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvReadOptions {
  /** The delimiter, when known; sniffed from the first rows otherwise (lib/csv/dialect.ts). */
  delimiter?: string;
  /** Most rows after the first (the header): more is a failure, said without reading them all. */
  maxDataRows?: number;
}

export type CsvRead =
  | { ok: true; delimiter: string; rows: number; problems: CsvProblem[] }
  | { ok: false; message: string };

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quoted cell is never closed: check for a stray " on this line',
  InvalidQuotes: 'a quote inside a cell is not doubled: write "" for a quote, or quote the cell',
};

/**
 * Reads CSV text row by row: `onRow` gets each row (the header row first, as any other; rows of
 * blank cells skipped) and may return false to stop. A byte-order mark is dropped; quoted cells
 * may hold delimiters and line breaks. Broken quotes are problems on their line; text that is no
 * CSV at all (empty, binary) or has more than `maxDataRows` rows is a failure with one sentence.
 */
export function readCsvRows(
  text: string,
  onRow: (row: CsvRow) => boolean | void,
  options: CsvReadOptions = {},
): CsvRead {
  const input = text.replace(/^\uFEFF/, '');
  if (!input.trim()) return { ok: false, message: 'The file is empty.' };
  if (input.includes('\u0000'))
    return {
      ok: false,
      message: 'This looks like a binary file (an Excel .xlsx?), not a CSV. Save it as CSV first.',
    };
  const delimiter = options.delimiter ?? sniffDelimiter(input);
  const problems: CsvProblem[] = [];
  let rows = 0;
  let tooMany = false;
  // Line numbers: newlines counted up to where each row starts (the end of the previous one).
  let line = 1;
  let counted = 0;
  let rowStart = 0;
  Papa.parse<string[]>(input, {
    delimiter,
    skipEmptyLines: false,
    step(result, parser) {
      for (let i = counted; i < rowStart; i++) if (input.charCodeAt(i) === 10) line++;
      counted = rowStart;
      rowStart = result.meta.cursor;
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === '')) return;
      for (const error of result.errors) {
        const message = QUOTE_PROBLEMS[error.code];
        if (message && !problems.some((problem) => problem.line === line))
          problems.push({ line, message });
      }
      if (options.maxDataRows !== undefined && rows > options.maxDataRows) {
        tooMany = true;
        parser.abort();
        return;
      }
      rows++;
      if (onRow({ cells, line }) === false) parser.abort();
    },
  });
  if (tooMany)
    return {
      ok: false,
      message: `The file has more than ${(options.maxDataRows ?? 0).toLocaleString('en-US')} rows; split it or filter the export.`,
    };
  return { ok: true, delimiter, rows, problems };
}
