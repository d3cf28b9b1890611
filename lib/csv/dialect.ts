import Papa from 'papaparse';

/** The delimiters CSV exports use: comma, semicolon (European Excel), tab, pipe. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** How much of the text the sniffing reads: plenty for 20 rows of any export. */
const SAMPLE_CHARS = 64 * 1024;

/**
 * The delimiter of a CSV text, from its first rows: the one that splits every row into the same
 * number of cells (more than one), quoted cells respected, blank lines ignored. Comma when no
 * candidate does (a single column, or not a CSV).
 * @example sniffDelimiter('Nom;Site web\nNuagique;nuagique.fr\n') // ';'
 */
export function sniffDelimiter(text: string): string {
  const sample = Papa.parse<string[]>(text.slice(0, SAMPLE_CHARS), {
    preview: 20,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [...DELIMITERS],
  });
  const found = sample.meta.delimiter;
  return (DELIMITERS as readonly string[]).includes(found) ? found : ',';
}
