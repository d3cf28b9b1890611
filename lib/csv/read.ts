import Papa from 'papaparse';
import type { MessageKey } from '../i18n/messages';
import { phrase, type Phrase } from '../i18n/phrase';
import { sniffDelimiter } from './dialect';

/**
 * The one CSV reader of ICP Lens (accounts import, Learn from customers, ICP sheets, the CLI): a
 * function over rows, so a caller can handle a CRM export of any length one row at a time, and
 * every row (and every problem) comes with the 1-based line of the file it starts on. Problems
 * are message keys and phrases (lib/i18n/phrase.ts): the pages word them in the reader's
 * language, the CLI in English.
 */

/** One row of the file, with the line it starts on (a quoted cell may span several lines). */
export interface CsvRow {
  cells: string[];
  line: number;
}

/** Something wrong with one row, with its line. */
export interface CsvProblem {
  line: number;
  /** What is wrong, as a message key ("a quoted cell is never closed…"). */
  problem: MessageKey;
}

export interface CsvReadOptions {
  /** The delimiter, when known; sniffed from the first rows otherwise (lib/csv/dialect.ts). */
  delimiter?: string;
  /** Most rows after the first (the header): more is a failure, said without reading them all. */
  maxDataRows?: number;
}

export type CsvRead =
  | { ok: true; delimiter: string; rows: number; problems: CsvProblem[] }
  | { ok: false; phrase: Phrase };

const QUOTE_PROBLEMS: Record<string, MessageKey> = {
  MissingQuotes: 'csvQuoteNotClosed',
  InvalidQuotes: 'csvQuoteNotDoubled',
};

/**
 * Reads CSV text row by row: `onRow` gets each row (the header row first, as any other; rows of
 * blank cells skipped) and may return false to stop. A byte-order mark is dropped; quoted cells
 * may hold delimiters and line breaks. Broken quotes are problems on their line; text that is no
 * CSV at all (empty, binary) or has more than `maxDataRows` rows is a failure with one phrase.
 */
export function readCsvRows(
  text: string,
  onRow: (row: CsvRow) => boolean | void,
  options: CsvReadOptions = {},
): CsvRead {
  const input = text.replace(/^\uFEFF/, '');
  if (!input.trim()) return { ok: false, phrase: phrase('csvEmpty') };
  if (input.includes('\u0000')) return { ok: false, phrase: phrase('csvBinary') };
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
        const problem = QUOTE_PROBLEMS[error.code];
        if (problem && !problems.some((known) => known.line === line))
          problems.push({ line, problem });
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
    return { ok: false, phrase: { key: 'csvTooManyRows', count: options.maxDataRows ?? 0 } };
  return { ok: true, delimiter, rows, problems };
}
